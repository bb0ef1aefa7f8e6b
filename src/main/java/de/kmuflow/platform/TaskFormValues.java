package de.kmuflow.platform;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Values of a task's form that are said in the reader's language when Tasklist shows the form, rather
 * than as they were written into the task's variables when it was created (in German). A module that
 * fills a form with text implements this for its forms; the text written into the variables stays
 * what the engine's REST API gives.
 */
public interface TaskFormValues {

	/**
	 * The values to show instead of the stored ones, by variable name; empty for a task of another
	 * module or when nothing reads differently.
	 *
	 * @param processInstanceId the process instance of the task whose form is shown
	 * @param variables the names of the variables the form is filled from
	 * @param locale the reader's language, also {@code LocaleContextHolder}'s while this runs
	 */
	Map<String, String> inLanguage(String processInstanceId, Set<String> variables, Locale locale);
}
