package de.kmuflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;

import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.cockpit.impl.web.CockpitApplication;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.tasklist.impl.web.TasklistApplication;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.camunda.bpm.welcome.impl.web.WelcomeApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Walks every endpoint the running application has, as the application itself lists them: kmu-flow's
 * controllers and the actuator (Spring MVC's handler mappings), Camunda's REST API under
 * /engine-rest (its JAX-RS resources, sub-resources included) and the webapps' API under
 * /camunda/api (the resources of Tasklist, Cockpit, Admin, Welcome and their engine API). Each is
 * called with each of its methods and no login: programming interfaces must answer 401, pages
 * must send the browser to the login page. A new endpoint is walked without anyone listing it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EndpointsNeedLoginTest {

	/** Open on purpose: the login page and the health check for load balancers. */
	private static final Set<String> PUBLIC = Set.of("GET /login", "GET /actuator/health", "GET /actuator/health/**");

	private static final List<String> ALL_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

	private static final List<String> PROGRAM_INTERFACES = List.of("/api/", "/engine-rest/", "/actuator",
			"/camunda/api/");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void noEndpointAnswersWithoutLogin() {
		Set<String> endpoints = new TreeSet<>();
		endpoints.addAll(springEndpoints());
		endpoints.addAll(jaxRsEndpoints("/engine-rest", CamundaRestResources.getResourceClasses()));
		Map<String, Application> webappApis = Map.of("/camunda/api/cockpit", new CockpitApplication(),
				"/camunda/api/admin", new AdminApplication(), "/camunda/api/tasklist", new TasklistApplication(),
				"/camunda/api/engine", new EngineRestApplication(), "/camunda/api/welcome", new WelcomeApplication());
		webappApis.forEach((base, application) -> endpoints.addAll(jaxRsEndpoints(base, application.getClasses())));

		// the walk finds what is known to be there, so an empty or partial walk cannot pass
		assertThat(endpoints).contains("POST /api/invoices", "POST /api/inventory/items", "GET /invoices",
				"GET /actuator/metrics", "GET /actuator/info", "POST /engine-rest/process-definition/key/x1/start",
				"POST /engine-rest/process-instance/x1/modification", "PUT /engine-rest/process-instance/x1/variables/x1",
				"DELETE /engine-rest/deployment/x1", "POST /engine-rest/engine/x1/task/x1/complete",
				"POST /camunda/api/admin/auth/user/x1/logout", "GET /camunda/api/engine/engine/x1/task",
				"GET /camunda/api/cockpit/plugin/base/x1/process-definition/statistics-count");
		assertThat(endpoints.stream().filter(endpoint -> endpoint.contains(" /engine-rest/"))).hasSizeGreaterThan(500);
		assertThat(endpoints.stream().filter(endpoint -> endpoint.contains(" /camunda/api/"))).hasSizeGreaterThan(500);
		assertThat(endpoints.stream().filter(endpoint -> endpoint.contains(" /api/"))).hasSizeGreaterThan(20);

		WebClient web = new WebClient(port);
		List<String> open = new ArrayList<>();
		for (String endpoint : endpoints) {
			if (PUBLIC.contains(endpoint)) {
				continue;
			}
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String path = endpoint.substring(endpoint.indexOf(' ') + 1);
			boolean withBody = !method.equals("GET") && !method.equals("DELETE");
			HttpResponse<String> response = web.exchange(method, path, withBody ? "{}" : null);
			String answer = response.statusCode() + " " + response.headers().firstValue("Location").orElse("");
			boolean program = PROGRAM_INTERFACES.stream().anyMatch(path::startsWith);
			boolean askedToLogIn = program ? response.statusCode() == 401
					: response.statusCode() == 302 && answer.endsWith("/login");
			if (!askedToLogIn) {
				open.add(endpoint + " -> " + answer);
			}
		}
		assertThat(open).as("endpoints that do not ask for a login (of %d walked)", endpoints.size()).isEmpty();
	}

	/** kmu-flow's controllers, Spring Boot's error controller and the actuator's endpoints. */
	private List<String> springEndpoints() {
		List<String> endpoints = new ArrayList<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			mapping.getHandlerMethods().keySet().forEach(info -> {
				var declared = info.getMethodsCondition().getMethods();
				List<String> methods = declared.isEmpty() ? ALL_METHODS
						: declared.stream().map(Enum::name).filter(ALL_METHODS::contains).toList();
				for (String pattern : info.getPatternValues()) {
					methods.forEach(method -> endpoints.add(method + " " + concrete(pattern)));
				}
			});
		}
		return endpoints;
	}

	private static List<String> jaxRsEndpoints(String base, Set<Class<?>> classes) {
		List<String> endpoints = new ArrayList<>();
		for (Class<?> type : classes) {
			Path root = AnnotatedElementUtils.findMergedAnnotation(type, Path.class);
			if (root != null) {
				walk(type, join(base, root.value()), endpoints, 0);
			}
		}
		return endpoints;
	}

	/** Resource methods become endpoints; sub-resource locators are followed into the type they return. */
	private static void walk(Class<?> type, String prefix, List<String> endpoints, int depth) {
		for (Method method : type.getMethods()) {
			Path path = AnnotatedElementUtils.findMergedAnnotation(method, Path.class);
			HttpMethod httpMethod = AnnotatedElementUtils.findMergedAnnotation(method, HttpMethod.class);
			String full = path == null ? prefix : join(prefix, path.value());
			if (httpMethod != null) {
				endpoints.add(httpMethod.value() + " " + concrete(full));
			}
			else if (path != null) {
				int before = endpoints.size();
				if (depth < 6 && method.getReturnType() != Object.class) {
					walk(method.getReturnType(), full, endpoints, depth + 1);
				}
				if (endpoints.size() == before) {
					// a locator whose resources are only known at run time: its own path at least
					ALL_METHODS.forEach(any -> endpoints.add(any + " " + concrete(full)));
				}
			}
		}
	}

	private static String join(String prefix, String path) {
		String joined = prefix + "/" + path;
		return joined.replaceAll("/+", "/").replaceAll("(.)/$", "$1");
	}

	/** A path template with a sample value for each variable ({@code {id}}, {@code {id:.+}}, {@code {*rest}}). */
	private static String concrete(String template) {
		StringBuilder path = new StringBuilder();
		int depth = 0;
		for (char c : template.toCharArray()) {
			if (c == '{') {
				if (depth++ == 0) {
					path.append("x1");
				}
			}
			else if (c == '}') {
				depth--;
			}
			else if (depth == 0) {
				path.append(c);
			}
		}
		return path.toString();
	}
}
