package de.kmuflow.platform;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a failed step tells the operator in Cockpit: in German, what failed and what to do. A
 * delegate's exception message becomes the incident's message, so it must be one a person can act
 * on, not a {@code NullPointerException}.
 */
public final class Incidents {

	private static final String RETRY = " Danach in Cockpit beim Vorfall „Erneut versuchen“ (Retry) wählen.";

	private Incidents() {
	}

	/**
	 * A failure whose message is already written for the operator (German, what to do): workers take it
	 * as the incident's message as it is.
	 */
	public static class Explained extends ProcessEngineException {

		private static final long serialVersionUID = 1L;

		public Explained(String message, Throwable cause) {
			super(message, cause);
		}

		/** The explained failure somewhere in a chain of causes, or {@code null}. */
		public static Explained in(Throwable thrown) {
			for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
				if (cause instanceof Explained explained) {
					return explained;
				}
			}
			return null;
		}
	}

	/**
	 * A variable the step needs. Missing or empty means the instance was started by hand without it
	 * (Cockpit, REST): the message names the variable and how to repair the instance.
	 */
	public static String requiredText(VariableScope scope, String name, String meaning) {
		return requiredText(scope.getVariable(name), name, meaning);
	}

	/** {@link #requiredText(VariableScope, String, String)} for variables fetched with an external task. */
	public static String requiredText(Map<String, Object> variables, String name, String meaning) {
		return requiredText(variables.get(name), name, meaning);
	}

	private static String requiredText(Object value, String name, String meaning) {
		if (value == null || value.toString().isBlank()) {
			throw new Explained("Prozessvariable „" + name + "“ (" + meaning + ") fehlt: der Vorgang wurde"
					+ " offenbar ohne sie gestartet. Was tun: in Cockpit beim Vorgang unter „Variablen“ „" + name
					+ "“ mit dem richtigen Wert anlegen und den Schritt erneut versuchen, oder den Vorgang abbrechen"
					+ " und über kmu-flow neu starten.", null);
		}
		return value.toString();
	}

	/** A variable holding an id (UUID); a malformed id is reported like a missing one, with its value. */
	public static UUID requiredId(VariableScope scope, String name, String meaning) {
		return id(requiredText(scope, name, meaning), name, meaning);
	}

	/** {@link #requiredId(VariableScope, String, String)} for variables fetched with an external task. */
	public static UUID requiredId(Map<String, Object> variables, String name, String meaning) {
		return id(requiredText(variables, name, meaning), name, meaning);
	}

	private static UUID id(String value, String name, String meaning) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new Explained("Prozessvariable „" + name + "“ (" + meaning + ") ist keine gültige ID: „"
					+ value + "“. Was tun: in Cockpit unter „Variablen“ die richtige ID eintragen und den Schritt erneut"
					+ " versuchen, oder den Vorgang abbrechen.", e);
		}
	}

	/** Sending mail failed: the mail server ({@code host:port}) is unreachable or refused the message. */
	public static ProcessEngineException mailServerDown(String what, String server, Exception cause) {
		return new Explained(what + " nicht gesendet: der Mailserver " + server + " ist nicht erreichbar"
				+ " oder hat abgelehnt (" + rootMessage(cause) + "). Was tun: Mailserver und Zugangsdaten prüfen"
				+ " (KMUFLOW_MAIL_HOST, KMUFLOW_MAIL_PORT); der Schritt wird von selbst wiederholt." + RETRY, cause);
	}

	/** The stored original cannot be read from the document store. */
	public static ProcessEngineException documentUnreadable(String what, Exception cause) {
		return new Explained(what + " kann nicht aus der Belegablage gelesen werden ("
				+ rootMessage(cause) + "). Was tun: prüfen, ob der Datenordner (KMUFLOW_DATA_DIR) erreichbar und"
				+ " lesbar ist; fehlt die Datei, den Beleg aus der Sicherung zurückspielen." + RETRY, cause);
	}

	/**
	 * An unexpected failure of a step that retries by itself: what failed, its innermost cause, where to look
	 * ({@code hint}) and the retry in Cockpit once the cause is fixed.
	 */
	public static String unexpected(String what, String hint, Throwable cause) {
		return what + " (" + rootMessage(cause) + "). Was tun: im Log des Knotens nach dem Fehler suchen (" + hint
				+ "); der Schritt wird von selbst wiederholt." + RETRY;
	}

	/** The innermost cause, as class name and message: what an operator can search for. */
	public static String rootMessage(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
	}
}
