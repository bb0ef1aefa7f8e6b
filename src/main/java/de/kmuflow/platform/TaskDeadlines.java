package de.kmuflow.platform;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The Skonto deadline of the business object behind a task, which Tasklist's first filter sorts
 * by (oldest first): a process variable, so every task of the process carries it, and the task's
 * due date where the model sets none.
 */
public final class TaskDeadlines {

	/** Date: the last day the cash discount (Skonto) may be taken; absent when there is none. */
	public static final String SKONTO_DEADLINE = "skontoDeadline";

	private TaskDeadlines() {
	}

	/** Records the Skonto deadline (start of that day in the company's time zone) for a task being created. */
	public static void skonto(DelegateTask task, LocalDate deadline, ZoneId zone) {
		if (deadline == null) {
			task.getExecution().removeVariable(SKONTO_DEADLINE);
			return;
		}
		Date due = Date.from(deadline.atStartOfDay(zone).toInstant());
		task.getExecution().setVariable(SKONTO_DEADLINE, due);
		if (task.getDueDate() == null) {
			task.setDueDate(due);
		}
	}
}
