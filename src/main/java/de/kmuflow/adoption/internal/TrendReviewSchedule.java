package de.kmuflow.adoption.internal;

/**
 * The trend review's timer as the model reads it: {@code ${trendReviewSchedule.cron}} in
 * trend-review.bpmn, evaluated when the model is deployed and again each time the timer is due.
 */
public class TrendReviewSchedule extends CronSchedule {

	public TrendReviewSchedule(String cron) {
		super(cron);
	}
}
