package de.kmuflow.platform;

import java.util.Map;

import org.camunda.bpm.engine.externaltask.LockedExternalTask;

/**
 * A step of a process whose work is CPU-heavy (reading documents, OCR, validating e-invoices): modelled
 * as an external task of {@link #topic()}, served by kmu-flow's own workers in three phases, so that no
 * database connection is held while the CPU works. A killed node's tasks go to another node when their
 * lock expires; a failure retries after the back-off the model names ({@code camunda:failedJobRetryTimeCycle})
 * and then becomes an incident with the failure's German message.
 *
 * @param <I> what the work needs, read from the database
 * @param <R> what the work found
 */
public interface ExternalWork<I, R> {

	/** The topic of the external tasks this work serves (the model's {@code camunda:topic}). */
	String topic();

	/** Reads what the work needs, in a short transaction; a refusal ({@link StepRefused}) is not retried. */
	I prepare(LockedExternalTask task);

	/** The work itself: no transaction is open and no connection held. */
	R work(I input);

	/**
	 * Records what the work found, in a short transaction that also completes the task (both or neither);
	 * returns the process variables to set.
	 */
	Map<String, Object> finish(LockedExternalTask task, R result);

	/**
	 * The incident's message for a failure that carries no German message of its own: what failed and what
	 * to do, in German.
	 */
	String failureMessage(RuntimeException failure);
}
