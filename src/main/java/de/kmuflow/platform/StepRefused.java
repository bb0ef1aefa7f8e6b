package de.kmuflow.platform;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A rule of the business refuses a step (four-eyes, an illegal status change, a missing reason);
 * the message is a German sentence for the person who tried. Everywhere a person can trigger it
 * it answers 400 with that sentence: Tasklist and {@code /engine-rest} (Camunda answers task
 * completions refused with a form-validation error as 400, and kmu-flow unwraps the engine's
 * listener wrapping so this exception reaches the REST layer), kmu-flow's own API, and as the
 * message of an incident when a job reaches it.
 */
public class StepRefused extends FormFieldValidationException {

	private static final long serialVersionUID = 1L;

	public StepRefused(String message) {
		super(null, message);
	}

	public StepRefused(String message, Throwable cause) {
		super(null, message, cause);
	}

	/** The refusal somewhere in a chain of causes, or {@code null}. */
	public static StepRefused in(Throwable thrown) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof StepRefused refused) {
				return refused;
			}
			if (cause.getCause() == cause) {
				return null;
			}
		}
		return null;
	}
}
