package de.kmuflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;

/**
 * The session of a browser and the requests of programs: CSRF for everything that rides on the
 * session cookie, none for stateless HTTP Basic, "log in" for every request without a login,
 * the session cookie's attributes, HSTS over HTTPS, and one logout for kmu-flow and the webapps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionSecurityTest {

	/** A movement without a type: refused by the controller with 400, so reaching it shows a request got in. */
	// martin (management) books movements too; paula and lars get wrong passwords in SecurityTests (locked for seconds)
	private static final String MOVEMENT_WITHOUT_TYPE = "{\"sku\":\"X-1\",\"quantity\":1}";

	@LocalServerPort
	int port;

	@Autowired
	JavaMailSenderImpl mailSender;

	WebClient web;

	@BeforeEach
	void newClient() {
		web = new WebClient(port);
	}

	@Test
	void aSessionCookieNeedsTheCsrfTokenWhateverAuthorizationHeaderComesWithIt() {
		web.logIn("martin", "martin");

		HttpResponse<String> bearer = web.exchange("POST", "/api/inventory/movements", MOVEMENT_WITHOUT_TYPE,
				"Authorization", "Bearer x");
		assertThat(bearer.statusCode()).isEqualTo(403);
		assertThat(bearer.body()).contains("Sicherheits-Token (CSRF)");
		HttpResponse<String> basic = web.exchange("POST", "/api/inventory/movements", MOVEMENT_WITHOUT_TYPE,
				"Authorization", WebClient.basic("martin", "martin"));
		assertThat(basic.statusCode()).isEqualTo(403);
		assertThat(web.exchange("POST", "/api/inventory/movements", MOVEMENT_WITHOUT_TYPE).statusCode()).isEqualTo(403);

		// with the page's token the same request gets through to the controller
		HttpResponse<String> withToken = web.exchange("POST", "/api/inventory/movements", MOVEMENT_WITHOUT_TYPE,
				"X-CSRF-TOKEN", csrfTokenOfPage("/inventory"));
		assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(400);
		assertThat(withToken.body()).contains("Art der Bewegung");
	}

	@Test
	void statelessBasicNeedsNoTokenAndGetsNoSession() {
		HttpResponse<String> post = web.exchange("POST", "/api/inventory/movements", MOVEMENT_WITHOUT_TYPE,
				"Authorization", WebClient.basic("martin", "martin"));
		assertThat(post.statusCode()).as(post.body()).isEqualTo(400);
		HttpResponse<String> get = web.get("/api/inventory/items", "martin", "martin");
		assertThat(get.statusCode()).isEqualTo(200);
		HttpResponse<String> engine = web.get("/engine-rest/process-definition", "martin", "martin");
		assertThat(engine.statusCode()).isEqualTo(200);
		for (HttpResponse<String> response : List.of(post, get, engine)) {
			assertThat(response.headers().allValues("Set-Cookie")).as(response.uri().toString())
				.noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
		}

		// a page of another site cannot use credentials the browser remembers
		HttpResponse<String> foreign = web.exchange("POST", "/api/inventory/movements", MOVEMENT_WITHOUT_TYPE,
				"Authorization", WebClient.basic("martin", "martin"), "Origin", "https://attacker.example");
		assertThat(foreign.statusCode()).isIn(401, 403);
	}

	@Test
	void everyMethodWithoutLoginIsAskedToLogIn() {
		for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
			HttpResponse<String> api = web.exchange(method, "/api/inventory/items", "{}");
			assertThat(api.statusCode()).as(method + " /api").isEqualTo(401);
			assertThat(api.headers().firstValue("WWW-Authenticate")).as(method).hasValue("Basic realm=\"kmu-flow\"");
			assertThat(web.exchange(method, "/engine-rest/process-definition/key/invoice-intake/start", "{}")
				.statusCode()).as(method + " /engine-rest").isEqualTo(401);
			assertThat(web.exchange(method, "/actuator/metrics", null).statusCode()).as(method + " /actuator")
				.isEqualTo(401);
			assertThat(web.exchange(method, "/camunda/api/engine/engine/default/task", "{}").statusCode())
				.as(method + " /camunda/api").isEqualTo(401);
			HttpResponse<String> page = web.exchange(method, "/inventory/purchase-orders/B-1/arrivals", null);
			assertThat(page.statusCode()).as(method + " page").isEqualTo(302);
			assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
					location -> assertThat(location).endsWith("/login"));
		}
	}

	@Test
	void theErrorPageIsNoPageOfItsOwn() {
		for (HttpResponse<String> error : List.of(web.get("/error"), web.browse("/error"),
				web.exchange("POST", "/error", "{}"))) {
			assertThat(error.statusCode()).as(error.request().method()).isEqualTo(302);
			assertThat(error.headers().firstValue("Location")).hasValueSatisfying(
					location -> assertThat(location).endsWith("/login"));
		}
		// while errors of real requests still come back as readable answers, also without a login
		HttpResponse<String> unauthorized = web.get("/api/invoices");
		assertThat(unauthorized.statusCode()).isEqualTo(401);
		assertThat(unauthorized.body()).doesNotContain("Exception");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() {
		HttpResponse<String> login = web.logIn("clara", "clara");
		String cookie = sessionCookie(login);
		assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		// plain HTTP here: the cookie cannot be Secure, and HSTS would be meaningless
		assertThat(cookie).doesNotContainIgnoringCase("Secure");
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void overHttpsTheCookieIsSecureAndBrowsersAreToldToStayOnHttps() {
		// a reverse proxy that ends TLS says so in X-Forwarded-Proto (the test client is such a local proxy)
		HttpResponse<String> loginPage = web.exchange("GET", "/login", null, "X-Forwarded-Proto", "https");
		assertThat(loginPage.statusCode()).isEqualTo(200);
		assertThat(loginPage.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000 ; includeSubDomains");
		assertThat(sessionCookie(loginPage)).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
	}

	@Test
	void loggingOutOfTasklistEndsTheOneSession() {
		web.logIn("clara", "clara");
		assertThat(web.browse("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		assertThat(web.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);

		// a logout without the webapps' CSRF token is refused (Camunda ends the session as a precaution)
		assertThat(web.exchange("POST", "/camunda/api/admin/auth/user/default/logout", null).statusCode())
			.isEqualTo(403);
		web.logIn("clara", "clara");
		HttpResponse<String> tasklist = web.browse("/camunda/app/tasklist/default/");
		assertThat(tasklist.statusCode()).isEqualTo(200);
		assertThat(web.browse("/").statusCode()).isEqualTo(200);

		// Tasklist's logout, with its token
		HttpResponse<String> logout = web.exchange("POST", "/camunda/api/admin/auth/user/default/logout", null,
				"X-XSRF-TOKEN", webappCsrfToken(tasklist));
		assertThat(logout.statusCode()).isEqualTo(200);

		assertThat(web.browse("/").statusCode()).isEqualTo(302);
		assertThat(web.browse("/invoices").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
		assertThat(web.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
		assertThat(web.browse("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
	}

	@Test
	void loggingOutOfKmuFlowEndsTheWebappsToo() {
		web.logIn("clara", "clara");
		assertThat(web.browse("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

		HttpResponse<String> logout = web.postForm("/logout", "_csrf=" + csrfTokenOfPage("/"));
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?logout"));

		assertThat(web.browse("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
		assertThat(web.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
	}

	@Test
	void outgoingMailGivesUpAfterTenSeconds() {
		var session = mailSender.getSession();
		assertThat(session.getProperty("mail.smtp.connectiontimeout")).isEqualTo("10000");
		assertThat(session.getProperty("mail.smtp.timeout")).isEqualTo("10000");
		assertThat(session.getProperty("mail.smtp.writetimeout")).isEqualTo("10000");
	}

	private String csrfTokenOfPage(String path) {
		Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(web.browse(path).body());
		assertThat(token.find()).as("page %s carries a CSRF token", path).isTrue();
		return token.group(1);
	}

	/** Camunda's webapps hand their CSRF token out with the first page of a session (header and cookie). */
	private static String webappCsrfToken(HttpResponse<String> firstPage) {
		return firstPage.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}
}
