package de.kmuflow.platform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kmuflow.platform.TaskFormValues;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist's Camunda Forms in the user's language, filled from the modules' records. The forms are
 * deployed in German, as Modeler shows them; when Tasklist fetches a task's form for a user who chose
 * English ({@code ?lang=en}), its labels, texts and choices are taken from
 * {@code form.<form id>.<component id>.<property>} in the message bundle (what has no entry stays German).
 * When Tasklist or a REST client fetches the task's form variables, the modules' {@link TaskFormValues}
 * add the values the form shows, read now and in the user's language.
 */
final class TaskFormLanguage extends OncePerRequestFilter {

	/** Tasklist's own API, and the REST API's form variables. */
	static final String[] URL_PATTERNS = { "/camunda/api/engine/engine/*", "/engine-rest/task/*" };

	private static final Pattern FORM = Pattern.compile("/camunda/api/engine/engine/[^/]+/task/([^/]+)/deployed-form");
	private static final Pattern VALUES = Pattern
		.compile("(?:/camunda/api/engine/engine/[^/]+|/engine-rest)/task/([^/]+)/form-variables");
	private static final List<String> TEXTS = List.of("label", "text", "content", "description");

	private final ObjectMapper json = new ObjectMapper();
	private final MessageSource messages;
	private final LocaleResolver locales;
	private final TaskService tasks;
	private final List<TaskFormValues> values;

	TaskFormLanguage(MessageSource messages, LocaleResolver locales, TaskService tasks, List<TaskFormValues> values) {
		this.messages = messages;
		this.locales = locales;
		this.tasks = tasks;
		this.values = values;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"GET".equals(request.getMethod()) || !(FORM.matcher(path).matches() || VALUES.matcher(path).matches());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var cached = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, cached);
		byte[] body = cached.getContentAsByteArray();
		if (cached.getStatus() == HttpServletResponse.SC_OK && body.length > 0 && body[0] == '{') {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			Locale locale = locales.resolveLocale(request);
			JsonNode read = json.readTree(body);
			Matcher form = FORM.matcher(path);
			Matcher variables = VALUES.matcher(path);
			boolean changed;
			LocaleContext before = LocaleContextHolder.getLocaleContext();
			LocaleContextHolder.setLocale(locale);
			try {
				changed = form.matches() ? translate(read, locale)
						: variables.matches() && fill((ObjectNode) read, variables.group(1),
								request.getParameter("variableNames"), locale);
			}
			finally {
				LocaleContextHolder.setLocaleContext(before);
			}
			if (changed) {
				cached.resetBuffer();
				cached.getOutputStream().write(json.writeValueAsString(read).getBytes(StandardCharsets.UTF_8));
				// the same address answers in another language after the user switched
				cached.setHeader("Cache-Control", "no-store");
			}
		}
		cached.copyBodyToResponse();
	}

	/** German stays as deployed; another language takes each text the bundle has for it. */
	private boolean translate(JsonNode form, Locale locale) {
		if (Locale.GERMAN.getLanguage().equals(locale.getLanguage()) || !form.path("id").isTextual()) {
			return false;
		}
		translateComponents(form.path("components"), "form." + form.get("id").asText() + ".", locale);
		return true;
	}

	private void translateComponents(JsonNode components, String prefix, Locale locale) {
		for (JsonNode component : components) {
			if (!(component instanceof ObjectNode fields) || !component.path("id").isTextual()) {
				continue;
			}
			String key = prefix + component.get("id").asText() + ".";
			for (String text : TEXTS) {
				if (fields.path(text).isTextual()) {
					fields.put(text, messages.getMessage(key + text, null, fields.get(text).asText(), locale));
				}
			}
			for (JsonNode choice : component.path("values")) {
				if (choice instanceof ObjectNode option && option.path("label").isTextual()) {
					option.put("label", messages.getMessage(key + "values." + option.path("value").asText(), null,
							option.get("label").asText(), locale));
				}
			}
			translateComponents(component.path("components"), prefix, locale);
		}
	}

	/**
	 * Adds the values the modules read for the task's form, or puts them in place of a process variable of the
	 * same name; only those asked for when the request names variables.
	 */
	private boolean fill(ObjectNode variables, String taskId, String variableNames, Locale locale) {
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null || task.getProcessInstanceId() == null) {
			return false;
		}
		Set<String> asked = variableNames == null ? null
				: Arrays.stream(variableNames.split(",")).map(String::strip).collect(Collectors.toSet());
		boolean changed = false;
		for (TaskFormValues module : values) {
			for (Map.Entry<String, String> value : module.of(task, locale).entrySet()) {
				if (asked == null || asked.contains(value.getKey())) {
					ObjectNode variable = variables.putObject(value.getKey());
					variable.put("type", value.getValue() == null ? "Null" : "String");
					variable.put("value", value.getValue());
					variable.putObject("valueInfo");
					changed = true;
				}
			}
		}
		return changed;
	}
}
