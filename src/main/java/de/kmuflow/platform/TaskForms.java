package de.kmuflow.platform;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What every task listener behind a Camunda Form needs: who completes the task, and the values
 * the form sent back.
 */
public final class TaskForms {

	private TaskForms() {
	}

	/** The person acting: the logged-in user (Tasklist, REST), else the one the task is assigned to. */
	public static String actingUser(DelegateTask task) {
		var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return authentication != null && authentication.getUserId() != null ? authentication.getUserId()
				: task.getAssignee();
	}

	/**
	 * A value the user sent when completing a task whose form was filled from task variables:
	 * Tasklist's form submission updates the task's own variable, a plain REST completion sets it
	 * on the process instance. The processes never hold these names otherwise, so that value wins.
	 */
	public static Object submittedValue(DelegateTask task, String key) {
		Object onProcess = task.getExecution().getVariable(key);
		return onProcess != null ? onProcess : task.getVariableLocal(key);
	}

	public static boolean submitted(DelegateTask task, String key) {
		return task.getExecution().hasVariable(key) || task.hasVariableLocal(key);
	}
}
