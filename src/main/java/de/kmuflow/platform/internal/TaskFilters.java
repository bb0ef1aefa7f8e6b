package de.kmuflow.platform.internal;

import java.util.List;

import de.kmuflow.platform.Groups;
import de.kmuflow.platform.TaskDeadlines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;

/**
 * The Tasklist filters kmu-flow sets up, in the order Tasklist lists them (lowest priority first,
 * the first one opens). The first shows what a person can work on now, the most urgent Skonto
 * first; {@link IdentitySetup} makes the database hold exactly these at every start.
 */
final class TaskFilters {

	/** Tasklist shows filters by this property, ascending, and opens the first. */
	static final String PRIORITY = "priority";

	/**
	 * One filter: readable by everybody ({@code group} null; its query names the current user) or
	 * by one group (and administrators).
	 */
	record TaskFilter(String name, String description, int priority, TaskQuery query, String group) {
	}

	private TaskFilters() {
	}

	static List<TaskFilter> filters(TaskService tasks) {
		return List.of(
				new TaskFilter("Zu erledigen",
						"Meine Aufgaben und die offenen Aufgaben meiner Gruppen, die älteste Skontofrist zuerst", -20,
						workableNow(tasks), null),
				new TaskFilter("Meine Aufgaben", "Mir zugewiesene Aufgaben", -10,
						tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), null),
				new TaskFilter("Aufgaben meiner Gruppen", "Offene Aufgaben meiner Gruppen, noch von niemandem übernommen",
						-5, tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(),
						null),
				new TaskFilter("Buchhaltung", "Aufgaben der Buchhaltung", 0,
						tasks.createTaskQuery().taskCandidateGroup(Groups.ACCOUNTING).includeAssignedTasks(),
						Groups.ACCOUNTING),
				new TaskFilter("Alle Aufgaben", "Alle Aufgaben, die ich sehen darf", 10, tasks.createTaskQuery(), null));
	}

	/**
	 * The active tasks assigned to the current user, or offered to them or one of their groups and
	 * taken by nobody yet; the earliest Skonto deadline first, tasks without one after those (by
	 * due date, then oldest first).
	 */
	static TaskQuery workableNow(TaskService tasks) {
		return tasks.createTaskQuery()
			.active()
			.or()
			.taskAssigneeExpression("${currentUser()}")
			.taskCandidateUserExpression("${currentUser()}")
			.endOr()
			.orderByProcessVariable(TaskDeadlines.SKONTO_DEADLINE, ValueType.DATE)
			.asc()
			.orderByDueDate()
			.asc()
			.orderByTaskCreateTime()
			.asc();
	}
}
