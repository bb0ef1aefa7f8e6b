package de.kmuflow.platform.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import de.kmuflow.platform.WebClient;

/**
 * What each demo user gets, tried over HTTP against the running application: kmu-flow's pages,
 * its API, and the engine calls that matter for the four-eyes principle. The answers (HTTP status
 * codes) form a table that must equal the one documented in the README.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoleMatrixTest {

	private static final List<String> USERS = List.of("demo", "clara", "martin", "paula", "lars", "otto");
	private static final Path UBL_SAMPLE = Path.of("sample-invoices/xrechnung-ubl-01.20a.xml");
	private static final Pattern PROCESS_KEY = Pattern.compile("\"key\":\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	ExternalTaskService externalTasks;

	@Autowired
	RepositoryService repository;

	private final List<String> startedHere = new ArrayList<>();

	/** What a user tries; the user is also the password of the demo accounts. */
	private record Call(String area, String what, BiFunction<WebClient, String, String> answer) {
	}

	@Test
	void everyUserGetsWhatTheReadmeDocuments() throws IOException {
		List<Call> calls = calls();
		Map<String, List<String>> answers = new LinkedHashMap<>();
		for (String user : USERS) {
			for (Call call : calls) {
				// each call as a program makes it: HTTP Basic, no session left over from an earlier call
				answers.computeIfAbsent(call.area() + " | " + call.what(), key -> new ArrayList<>())
					.add(call.answer().apply(new WebClient(port), user));
			}
		}
		StringBuilder table = new StringBuilder("| Bereich | Aufruf | " + String.join(" | ", USERS) + " |\n|---|---|"
				+ "---|".repeat(USERS.size()) + "\n");
		answers.forEach((call, perUser) -> table.append("| ").append(call).append(" | ")
			.append(String.join(" | ", perUser)).append(" |\n"));
		ReadmeSection.assertMatches("role-matrix", table.toString());
	}

	private List<Call> calls() throws IOException {
		byte[] ubl = Files.readAllBytes(UBL_SAMPLE);
		List<Call> calls = new ArrayList<>();
		for (String page : List.of("/", "/invoices", "/invoices/upload", "/inventory", "/imports", "/adoption",
				"/supplier-memory")) {
			calls.add(new Call("Seite", "GET " + page, (web, user) -> status(web.get(page, user, user))));
		}
		calls.add(new Call("Webapps", "Tasklist, Cockpit, Admin", (web, user) -> webapps(new WebClient(port), user)));
		for (String api : List.of("/api/invoices", "/api/exports/datev?from=2021-01-01&to=2021-01-31",
				"/api/inventory/items", "/api/imports/folder", "/api/adoption/trends", "/api/supplier-memory",
				"/actuator/metrics")) {
			calls.add(new Call("API", "GET " + api, (web, user) -> status(web.get(api, user, user))));
		}
		calls.add(new Call("API", "POST /api/invoices (Upload)", (web, user) -> status(web.postFiles("/api/invoices",
				Map.of("rechnung.xml", variant(ubl)), user, user))));
		calls.add(new Call("Engine", "Startbare Prozesse (Tasklist)", (web, user) -> startable(web, user)));
		for (String key : List.of("invoice-intake", "inventory-reorder", "trend-review")) {
			calls.add(new Call("Engine", "Start " + key, (web, user) -> {
				String body = "invoice-intake".equals(key)
						? "{\"variables\":{\"invoiceId\":{\"value\":\"" + UUID.randomUUID() + "\"}}}" : "{}";
				HttpResponse<String> start = web.postJson("/engine-rest/process-definition/key/" + key + "/start", body,
						user, user);
				Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(start.body());
				if (start.statusCode() == 200 && id.find()) {
					startedHere.add(id.group(1));
				}
				return status(start);
			}));
		}
		calls.add(new Call("Engine", "Rechnungsvorgang lesen", (web, user) -> status(
				web.get("/engine-rest/process-instance/" + waitingInvoice(ubl), user, user))));
		calls.add(new Call("Engine", "Job wiederholen (retries)", (web, user) -> {
			// the quarterly trend review's timer: a job that is always there (an invoice has none since reading is
			// an external task)
			Job job = management.createJobQuery().processDefinitionKey("trend-review").timers().list().get(0);
			return status(web.putJson("/engine-rest/job/" + job.getId() + "/retries", "{\"retries\":3}", user, user));
		}));
		calls.add(new Call("Engine", "Rechnung erneut auslesen (retries)", (web, user) -> {
			ExternalTask reading = externalTasks.createExternalTaskQuery().processInstanceId(waitingInvoice(ubl)).singleResult();
			return status(web.putJson("/engine-rest/external-task/" + reading.getId() + "/retries", "{\"retries\":3}",
					user, user));
		}));
		calls.add(new Call("Engine", "Auslesen selbst erledigen (fetchAndLock, complete)", (web, user) -> {
			// a hostile client posing as a reading worker: locks the invoice's reading step, then completes it unread
			ExternalTask reading = externalTasks.createExternalTaskQuery().processInstanceId(waitingInvoice(ubl))
				.singleResult();
			HttpResponse<String> fetched = web.postJson("/engine-rest/external-task/fetchAndLock", "{\"workerId\":\""
					+ user + "\",\"maxTasks\":10,\"topics\":[{\"topicName\":\"invoice-reading\",\"lockDuration\":60000,"
					+ "\"businessKey\":\"" + reading.getBusinessKey() + "\"}]}", user, user);
			String locked = fetched.body() != null && fetched.body().contains(reading.getId()) ? "gesperrt" : "nichts";
			return status(fetched) + " " + locked + ", " + status(web.postJson(
					"/engine-rest/external-task/" + reading.getId() + "/complete", "{\"workerId\":\"" + user + "\"}", user,
					user));
		}));
		calls.add(new Call("Engine", "Variable setzen", (web, user) -> status(web.putJson("/engine-rest/process-instance/"
				+ waitingInvoice(ubl) + "/variables/approved", "{\"value\":true,\"type\":\"Boolean\"}", user, user))));
		calls.add(new Call("Engine", "Instanz ändern (vor Buchen starten)", (web, user) -> status(web.postJson(
				"/engine-rest/process-instance/" + waitingInvoice(ubl) + "/modification",
				"{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"serviceTask_postInvoice\"}]}",
				user, user))));
		calls.add(new Call("Engine", "Instanz löschen", (web, user) -> {
			ProcessInstance review = runtime.startProcessInstanceByKey("trend-review");
			startedHere.add(review.getId());
			return status(web.delete("/engine-rest/process-instance/" + review.getId(), user, user));
		}));
		calls.add(new Call("Engine", "Deployment (Camunda Modeler)", (web, user) -> status(web.postFiles(
				"/engine-rest/deployment/create", Map.of("kmuflow-probe.bpmn", probeModel()), user, user))));
		return calls;
	}

	@AfterEach
	void removeWhatTheMatrixCreated() {
		for (String id : startedHere) {
			if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
				runtime.deleteProcessInstance(id, "role matrix probe");
			}
		}
		repository.createDeploymentQuery().list().stream()
			.filter(deployment -> repository.getDeploymentResourceNames(deployment.getId()).contains("kmuflow-probe.bpmn"))
			.forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
	}

	/** An invoice just uploaded by purchasing, its reading still queued as a job: its process instance. */
	private String waitingInvoice(byte[] ubl) {
		HttpResponse<String> upload = new WebClient(port).postFiles("/api/invoices", Map.of("r.xml", variant(ubl)),
				"paula", "paula");
		Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(upload.body());
		if (!id.find()) {
			throw new AssertionError("upload failed: " + upload.body());
		}
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id.group(1)).singleResult().getId();
	}

	/** The same invoice with a number of its own, so it is a new document. */
	private static byte[] variant(byte[] ubl) {
		return new String(ubl, StandardCharsets.UTF_8)
			.replace("<cbc:ID>1234567890</cbc:ID>", "<cbc:ID>MATRIX-" + UUID.randomUUID() + "</cbc:ID>")
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] probeModel() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://kmu-flow.de/test">
				  <bpmn:process id="kmuflow-probe" name="Probe" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:startEvent id="start" />
				  </bpmn:process>
				</bpmn:definitions>
				""".getBytes(StandardCharsets.UTF_8);
	}

	/** The webapps Camunda lets the user open after logging in on kmu-flow's login page. */
	private static String webapps(WebClient web, String user) {
		web.logIn(user, user);
		web.browse("/camunda/app/tasklist/default/");
		HttpResponse<String> answer = web.get("/camunda/api/admin/auth/user/default");
		if (answer.statusCode() != 200) {
			return status(answer);
		}
		return List.of("tasklist", "cockpit", "admin").stream()
			.filter(app -> answer.body().contains("\"" + app + "\""))
			.collect(Collectors.joining(", "));
	}

	private static String startable(WebClient web, String user) {
		HttpResponse<String> answer = web.get(
				"/engine-rest/process-definition?latestVersion=true&startableInTasklist=true&startablePermissionCheck=true",
				user, user);
		if (answer.statusCode() != 200) {
			return status(answer);
		}
		List<String> keys = new ArrayList<>();
		Matcher key = PROCESS_KEY.matcher(answer.body());
		while (key.find()) {
			keys.add(key.group(1));
		}
		return keys.isEmpty() ? "–" : keys.stream().sorted().collect(Collectors.joining(", "));
	}

	private static String status(HttpResponse<?> response) {
		return Integer.toString(response.statusCode());
	}
}
