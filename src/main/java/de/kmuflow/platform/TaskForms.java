package de.kmuflow.platform;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;

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

	/** The groups a user belongs to, looked up whatever the acting user may read in Camunda Admin. */
	public static List<String> groupsOf(DelegateTask task, String user) {
		if (user == null) {
			return List.of();
		}
		var identity = task.getProcessEngineServices().getIdentityService();
		return Context.getCommandContext()
			.runWithoutAuthorization(() -> identity.createGroupQuery().groupMember(user).list().stream()
				.map(Group::getId)
				.toList());
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
