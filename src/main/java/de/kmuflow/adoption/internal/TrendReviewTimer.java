package de.kmuflow.adoption.internal;

import java.util.Date;

import de.kmuflow.adoption.CyberSelfCheckProcess;
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
 * Applies a changed {@code kmuflow.adoption.trend-review-cron} or {@code cyber-self-check-cron} to
 * the review or check that is already scheduled. The engine evaluates the timer's expression when the model is deployed and, with
 * {@code reevaluate-time-cycle-when-due}, each time it fires; an unchanged model is not deployed
 * again, so at start-up the waiting timer's due date is worked out anew from the expression. A
 * review that is already due (missed while the system was down) is left alone: it still runs.
 */
@Component
class TrendReviewTimer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TrendReviewTimer.class);

	private final ManagementService management;
	/** Held so the schedules exist before the timers are worked out anew (the models' expressions read them). */
	private final TrendReviewSchedule schedule;

	TrendReviewTimer(ManagementService management, TrendReviewSchedule schedule) {
		this.management = management;
		this.schedule = schedule;
	}

	@Override
	public void run(ApplicationArguments args) {
		Date now = ClockUtil.getCurrentTime();
		for (Job job : management.createJobQuery().processDefinitionKey(TrendReviewProcess.KEY).timers().list()) {
			recalculate(job, now);
		}
		for (Job job : management.createJobQuery().processDefinitionKey(CyberSelfCheckProcess.KEY).timers().list()) {
			recalculate(job, now);
		}
	}

	private void recalculate(Job job, Date now) {
		if (job.getProcessInstanceId() != null || job.getDuedate() == null || !job.getDuedate().after(now)) {
			return;
		}
		management.recalculateJobDuedate(job.getId(), false);
		Date due = management.createJobQuery().jobId(job.getId()).singleResult().getDuedate();
		if (!due.equals(job.getDuedate())) {
			log.info("{} rescheduled for {} (was {})", job.getProcessDefinitionKey(), due, job.getDuedate());
		}
	}
}
