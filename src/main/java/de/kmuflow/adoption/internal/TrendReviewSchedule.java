package de.kmuflow.adoption.internal;

/**
 * The trend review's timer as the model reads it: {@code ${trendReviewSchedule.cron}} in
 * trend-review.bpmn, evaluated when the model is deployed and again each time the timer is due.
 * Public with a public getter: the engine's expression language calls it.
 */
public class TrendReviewSchedule {

	private final String cron;

	public TrendReviewSchedule(String cron) {
		this.cron = cron;
	}

	public String getCron() {
		return cron;
	}
}
