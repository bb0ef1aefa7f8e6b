package de.kmuflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identity;

	WebClient web;

	/**
	 * Who types a wrong password here: a user of these tests alone, since the engine locks an account
	 * for a while after a wrong password, and the demo users log in in the tests that follow.
	 */
	String lockedOutUser;

	@BeforeEach
	void newClient() {
		web = new WebClient(port);
		lockedOutUser = "falsch" + UUID.randomUUID().toString().substring(0, 8);
		User user = identity.newUser(lockedOutUser);
		user.setPassword(lockedOutUser);
		identity.saveUser(user);
	}

	@AfterEach
	void removeLockedOutUser() {
		identity.deleteUser(lockedOutUser);
	}

	@Test
	void engineRestNeedsCredentials() {
		assertThat(web.get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
		assertThat(web.get("/engine-rest/engine").statusCode()).isEqualTo(401);
		assertThat(web.get("/engine-rest/process-definition", lockedOutUser, "wrong").statusCode()).isEqualTo(401);

		HttpResponse<String> definitions = web.get("/engine-rest/process-definition", "demo", "demo");
		assertThat(definitions.statusCode()).isEqualTo(200);
		assertThat(definitions.body()).contains("\"key\":\"trend-review\"");
	}

	@Test
	void clerkCannotSeeOrCompleteManagementTask() {
		// given a task for management only
		String instanceId = runtimeService.startProcessInstanceByKey("trend-review").getId();
		Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();

		// then accounting neither finds it nor may complete it
		assertThat(web.get("/engine-rest/task/" + task.getId(), "clara", "clara").statusCode()).isEqualTo(404);
		assertThat(web.get("/engine-rest/task?processInstanceId=" + instanceId, "clara", "clara").body())
			.isEqualTo("[]");
		assertThat(web.postJson("/engine-rest/task/" + task.getId() + "/complete", "{}", "clara", "clara")
			.statusCode()).isEqualTo(403);

		// while management sees it and may complete it
		assertThat(web.get("/engine-rest/task/" + task.getId(), "martin", "martin").statusCode()).isEqualTo(200);
		assertThat(web.postJson("/engine-rest/task/" + task.getId() + "/complete", "{}", "martin", "martin")
			.statusCode()).isEqualTo(204);
	}

	@Test
	void webappsAndPagesNeedLogin() {
		assertThat(web.browse("/camunda/app/tasklist/").statusCode()).isEqualTo(302);
		assertThat(web.browse("/camunda/app/tasklist/").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
		assertThat(web.browse("/").statusCode()).isEqualTo(302);
		assertThat(web.get("/api/invoices").statusCode()).isEqualTo(401);
		assertThat(web.get("/actuator/metrics").statusCode()).isEqualTo(401);

		assertThat(web.get("/camunda/app/tasklist/default/", "demo", "demo").statusCode()).isEqualTo(200);
		assertThat(web.get("/actuator/metrics", "otto", "otto").statusCode()).isEqualTo(200);
	}

	@Test
	void healthIsOpen() {
		HttpResponse<String> health = web.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void oneLoginServesPagesAndWebapps() {
		// when a clerk logs in once on kmu-flow's login page
		HttpResponse<String> login = web.logIn("clara", "clara");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("error"));

		// then kmu-flow's start page greets her and Camunda's webapps know her without a second login
		assertThat(web.get("/").body()).contains("Willkommen, Clara").contains("Buchhaltung");
		assertThat(web.browse("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		HttpResponse<String> webappUser = web.get("/camunda/api/admin/auth/user/default");
		assertThat(webappUser.statusCode()).isEqualTo(200);
		assertThat(webappUser.body()).contains("\"userId\":\"clara\"").contains("tasklist").doesNotContain("cockpit");
	}

	@Test
	void failedLoginIsReportedInGerman() {
		HttpResponse<String> login = web.logIn(lockedOutUser, "falsch");
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?error"));
		assertThat(web.get("/login?error").body()).contains("Benutzername oder Passwort falsch.");
	}

	@Test
	void theErrorPageCalledDirectlyIsAGermanNotFoundPage() {
		web.logIn("clara", "clara");
		HttpResponse<String> page = web.browse("/error");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<html lang=\"de\"", "Seite nicht gefunden")
			.doesNotContain("Whitelabel", "Exception");
		// a program asking for JSON gets the same status, no stack trace
		HttpResponse<String> api = web.get("/error", "clara", "clara");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.body()).doesNotContain("Exception", "trace");
	}

	@Test
	void pagesSpeakGermanByDefaultAndEnglishOnRequest() {
		assertThat(web.get("/login").body()).contains("<html lang=\"de\"").contains("Passwort");
		assertThat(web.get("/login?lang=en").body()).contains("<html lang=\"en\"").contains("Password");
		// the choice is remembered
		assertThat(web.get("/login").body()).contains("Password");
	}
}
