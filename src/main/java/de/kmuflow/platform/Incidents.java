package de.kmuflow.platform;

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
	 * A variable the step needs. Missing or empty means the instance was started by hand without it
	 * (Cockpit, REST): the message names the variable and how to repair the instance.
	 */
	public static String requiredText(VariableScope scope, String name, String meaning) {
		Object value = scope.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			throw new ProcessEngineException("Prozessvariable „" + name + "“ (" + meaning + ") fehlt: der Vorgang wurde"
					+ " offenbar ohne sie gestartet. Was tun: in Cockpit beim Vorgang unter „Variablen“ „" + name
					+ "“ mit dem richtigen Wert anlegen und den Schritt erneut versuchen, oder den Vorgang abbrechen"
					+ " und über kmu-flow neu starten.");
		}
		return value.toString();
	}

	/** A variable holding an id (UUID); a malformed id is reported like a missing one, with its value. */
	public static UUID requiredId(VariableScope scope, String name, String meaning) {
		String value = requiredText(scope, name, meaning);
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new ProcessEngineException("Prozessvariable „" + name + "“ (" + meaning + ") ist keine gültige ID: „"
					+ value + "“. Was tun: in Cockpit unter „Variablen“ die richtige ID eintragen und den Schritt erneut"
					+ " versuchen, oder den Vorgang abbrechen.", e);
		}
	}

	/** Sending mail failed: the mail server ({@code host:port}) is unreachable or refused the message. */
	public static ProcessEngineException mailServerDown(String what, String server, Exception cause) {
		return new ProcessEngineException(what + " nicht gesendet: der Mailserver " + server + " ist nicht erreichbar"
				+ " oder hat abgelehnt (" + rootMessage(cause) + "). Was tun: Mailserver und Zugangsdaten prüfen"
				+ " (KMUFLOW_MAIL_HOST, KMUFLOW_MAIL_PORT); der Schritt wird von selbst wiederholt." + RETRY, cause);
	}

	/** The stored original cannot be read from the document store. */
	public static ProcessEngineException documentUnreadable(String what, Exception cause) {
		return new ProcessEngineException(what + " kann nicht aus der Belegablage gelesen werden ("
				+ rootMessage(cause) + "). Was tun: prüfen, ob der Datenordner (KMUFLOW_DATA_DIR) erreichbar und"
				+ " lesbar ist; fehlt die Datei, den Beleg aus der Sicherung zurückspielen." + RETRY, cause);
	}

	private static String rootMessage(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
	}
}
