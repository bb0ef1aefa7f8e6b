package de.kmuflow.platform;

/** The workers that serve the processes' external tasks ({@link ExternalWork}) on this node. */
public interface ExternalTasks {

	/**
	 * Serves, on the calling thread, the external tasks of one process instance that are due now (not
	 * locked, retries left, back-off over); returns how many were served. Tests run the job executor and
	 * the workers off and drive a process with this.
	 */
	int runDue(String processInstanceId);
}
