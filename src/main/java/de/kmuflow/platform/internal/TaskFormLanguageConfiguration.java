package de.kmuflow.platform.internal;

import java.util.List;

import de.kmuflow.platform.TaskFormValues;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Tasklist's forms in the user's language, filled from the modules' records. Apart from {@link WebConfiguration} because it needs the engine, which the
 * web slice tests of the controllers do not start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TaskFormLanguageConfiguration {

	/** After the webapps' and the REST API's authentication (order 101), so that the task is looked up as the user. */
	@Bean
	FilterRegistrationBean<TaskFormLanguage> taskFormLanguage(MessageSource messages, LocaleResolver locales,
			TaskService tasks, List<TaskFormValues> values) {
		var registration = new FilterRegistrationBean<>(new TaskFormLanguage(messages, locales, tasks, values));
		registration.setName("kmuflow-task-form-language");
		registration.addUrlPatterns(TaskFormLanguage.URL_PATTERNS);
		registration.setOrder(102);
		return registration;
	}
}
