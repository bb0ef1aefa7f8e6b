package de.kmuflow.adoption.internal;

import java.util.Date;

import de.kmuflow.adoption.TrendReviewProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Applies a changed {@code kmuflow.adoption.trend-review-cron} to the review that is already
 * scheduled. The engine evaluates the timer's expression when the model is deployed and, with
 * {@code reevaluate-time-cycle-when-due}, each time it fires; an unchanged model is not deployed
 * again, so at start-up the waiting timer's due date is worked out anew from the expression. A
 * review that is already due (missed while the system was down) is left alone: it still runs.
 */
@Component
class TrendReviewTimer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TrendReviewTimer.class);

	private final ManagementService management;
	private final TrendReviewSchedule schedule;

	TrendReviewTimer(ManagementService management, TrendReviewSchedule schedule) {
		this.management = management;
		this.schedule = schedule;
	}

	@Override
	public void run(ApplicationArguments args) {
		Date now = ClockUtil.getCurrentTime();
		for (Job job : management.createJobQuery().processDefinitionKey(TrendReviewProcess.KEY).timers().list()) {
			if (job.getProcessInstanceId() != null || job.getDuedate() == null || !job.getDuedate().after(now)) {
				continue;
			}
			management.recalculateJobDuedate(job.getId(), false);
			Date due = management.createJobQuery().jobId(job.getId()).singleResult().getDuedate();
			if (!due.equals(job.getDuedate())) {
				log.info("Trend review rescheduled for {} (schedule '{}', was {})", due, schedule.getCron(),
						job.getDuedate());
			}
		}
	}
}
