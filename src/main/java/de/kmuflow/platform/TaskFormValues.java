package de.kmuflow.platform;

import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;

/**
 * The values a task's form shows, read from the module's own records when the form is opened (Tasklist
 * and the REST API fetch them as the task's form variables). Nothing is written into the task when it is
 * created: the form always shows the business object as it is now, and a task costs no variables.
 * A module that fills forms implements this for its tasks.
 */
public interface TaskFormValues {

	/**
	 * The form's values by variable name (a value may be null), in the reader's language where they are
	 * text to be read, in the form a person types where they are to be corrected; empty for a task of
	 * another module.
	 *
	 * @param task the task whose form is shown
	 * @param locale the reader's language, also {@code LocaleContextHolder}'s while this runs
	 */
	Map<String, String> of(Task task, Locale locale);
}
