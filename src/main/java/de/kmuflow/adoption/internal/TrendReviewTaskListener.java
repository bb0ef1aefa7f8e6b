package de.kmuflow.adoption.internal;

import static de.kmuflow.adoption.TrendReviewProcess.Variables;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Puts the quarter's figures into the review task for its form (task variables, so the process
 * keeps none of them), and on completion saves the manager's decisions as measures. A wrong line
 * stops the completion with a message naming it; nothing is saved then.
 */
@Component("trendReviewTaskListener")
class TrendReviewTaskListener implements TaskListener {

	/** Task variable: the quarter under review, so completion files decisions under the same one. */
	static final String QUARTER_START = "reviewQuarterStart";

	private final TrendReview review;

	TrendReviewTaskListener(TrendReview review) {
		this.review = review;
	}

	@Override
	public void notify(DelegateTask task) {
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			// the engine's time: the quarter before the one the review started in
			Quarter quarter = review.quarterBefore(task.getCreateTime().toInstant());
			task.setVariablesLocal(review.formValues(quarter, review.day(task.getCreateTime().toInstant())));
			task.setVariableLocal(QUARTER_START, quarter.first().toString());
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			Object start = task.getVariableLocal(QUARTER_START);
			Quarter quarter = start == null ? review.quarterBefore(task.getCreateTime().toInstant())
					: Quarter.containing(LocalDate.parse(start.toString()));
			try {
				ReviewDecisions decisions = ReviewDecisions.parse(submitted(task, Variables.NEW_MEASURES),
						submitted(task, Variables.MEASURE_UPDATES));
				review.apply(decisions, quarter, actingUser(task));
			}
			catch (ResponseStatusException e) {
				throw new ProcessEngineException(e.getReason(), e);
			}
			catch (RuntimeException e) {
				throw new ProcessEngineException(e.getMessage(), e);
			}
		}
	}

	/**
	 * A value the manager sent: Tasklist's form sets it on the process instance (the task has no
	 * local variable of that name), a REST client may set it on the task.
	 */
	private static String submitted(DelegateTask task, String key) {
		Object value = task.getExecution().getVariable(key);
		if (value == null) {
			value = task.getVariableLocal(key);
		}
		return value == null ? null : value.toString();
	}

	/** The person acting: the logged-in user (Tasklist, REST), else the one the task is assigned to. */
	private static String actingUser(DelegateTask task) {
		var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		return task.getAssignee();
	}
}
