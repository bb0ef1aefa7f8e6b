package de.kmuflow.adoption.internal;

/**
 * A process's start timer as its model reads it ({@code ${cyberSelfCheckSchedule.cron}}), from the
 * settings; evaluated when the model is deployed and again each time the timer is due. Public with
 * a public getter: the engine's expression language calls it.
 */
public class CronSchedule {

	private final String cron;

	public CronSchedule(String cron) {
		this.cron = cron;
	}

	public String getCron() {
		return cron;
	}
}
