package de.kmuflow.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.platform.ProcessJobs;
import de.kmuflow.platform.TaskDeadlines;
import de.kmuflow.platform.WebClient;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist's first filter, called as Tasklist calls it (the engine's REST API, as each user):
 * what the user can work on now, their own tasks and their groups' open ones, the oldest Skonto
 * deadline first and invoices without Skonto after those.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasksFirstTest {

	private static final Path SKONTO_SAMPLE = Path.of("sample-invoices/xrechnung-ubl-weingut-taubertal-skonto.xml");
	private static final Path PLAIN_SAMPLE = Path.of("sample-invoices/xrechnung-ubl-01.20a.xml");
	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	IdentityService identity;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void theFirstFilterListsWhatICanDoNowOldestSkontoFirst() throws IOException {
		// given four invoices waiting for review, uploaded in another order than their Skonto deadlines
		// (10 days after the issue date)
		String plain = reviewTask(upload(Files.readString(PLAIN_SAMPLE, StandardCharsets.UTF_8), "2021-01-25"));
		String late = reviewTask(upload(skonto(), "2026-03-20"));
		String middle = reviewTask(upload(skonto(), "2026-03-10"));
		String early = reviewTask(upload(skonto(), "2026-03-05"));

		// the review task is due on its Skonto deadline, which the process carries for sorting
		assertThat(tasks.createTaskQuery().taskId(early).singleResult().getDueDate())
			.isEqualTo(Date.from(LocalDate.of(2026, 3, 15).atStartOfDay(BERLIN).toInstant()));
		assertThat(tasks.getVariable(plain, TaskDeadlines.SKONTO_DEADLINE)).isNull();

		// when clara opens Tasklist: the first filter is the one of work to do now
		JsonNode first = firstFilter("clara");
		assertThat(first.get("name").asText()).isEqualTo("Zu erledigen");

		// then her group's tasks are there, oldest Skonto deadline first, the one without Skonto after them
		assertThat(ours(list(first, "clara"), plain, late, middle, early)).containsExactly(early, middle, late, plain);
		assertWorkableAndSorted(list(first, "clara"), "clara");

		// Tasklist's own sorting (newest first) comes after the filter's
		assertThat(ours(list(first, "clara", "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}"), plain,
				late, middle, early)).containsExactly(early, middle, late, plain);

		// a task clara took stays hers; one someone else took is not hers to do
		tasks.claim(late, "clara");
		tasks.claim(middle, "demo");
		assertThat(ours(list(first, "clara"), plain, late, middle, early)).containsExactly(early, late, plain);
		assertWorkableAndSorted(list(first, "clara"), "clara");
		assertThat(ours(list(first, "demo"), plain, late, middle, early)).containsExactly(early, middle, plain);

		// and the warehouse does not get accounting's tasks
		JsonNode larsFirst = firstFilter("lars");
		assertThat(larsFirst.get("name").asText()).isEqualTo("Zu erledigen");
		assertThat(ours(list(larsFirst, "lars"), plain, late, middle, early)).isEmpty();
		assertWorkableAndSorted(list(larsFirst, "lars"), "lars");
	}

	/** The filter Tasklist opens: the readable task filter with the lowest priority. */
	private JsonNode firstFilter(String user) throws IOException {
		HttpResponse<String> filters = new WebClient(port).get("/engine-rest/filter?resourceType=Task", user, user);
		assertThat(filters.statusCode()).as(filters.body()).isEqualTo(200);
		JsonNode first = null;
		for (JsonNode filter : json.readTree(filters.body())) {
			if (first == null || priority(filter) < priority(first)) {
				first = filter;
			}
		}
		assertThat(first).as("no filter readable by " + user).isNotNull();
		return first;
	}

	private static int priority(JsonNode filter) {
		return filter.path("properties").path("priority").asInt(0);
	}

	private List<JsonNode> list(JsonNode filter, String user) throws IOException {
		return list(filter, user, "{}");
	}

	private List<JsonNode> list(JsonNode filter, String user, String extension) throws IOException {
		HttpResponse<String> answer = new WebClient(port).postJson(
				"/engine-rest/filter/" + filter.get("id").asText() + "/list?firstResult=0&maxResults=1000", extension, user,
				user);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		List<JsonNode> listed = new ArrayList<>();
		json.readTree(answer.body()).forEach(listed::add);
		return listed;
	}

	/** The ids of the given tasks in the order the list holds them. */
	private static List<String> ours(List<JsonNode> listed, String... ids) {
		List<String> wanted = List.of(ids);
		return listed.stream().map(task -> task.get("id").asText()).filter(wanted::contains).toList();
	}

	/**
	 * Every listed task is one the user can work on now, and the list runs from the oldest Skonto
	 * deadline to the newest, then the tasks without one (whatever else the shared test database holds).
	 */
	private void assertWorkableAndSorted(List<JsonNode> listed, String user) {
		List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
		Date previous = null;
		boolean withoutDeadlineSeen = false;
		for (JsonNode listedTask : listed) {
			String id = listedTask.get("id").asText();
			Task task = tasks.createTaskQuery().taskId(id).singleResult();
			if (task.getAssignee() != null) {
				assertThat(task.getAssignee()).as("task %s", id).isEqualTo(user);
			}
			else {
				assertThat(tasks.getIdentityLinksForTask(id).stream()
					.filter(link -> "candidate".equals(link.getType()))
					.anyMatch(link -> user.equals(link.getUserId()) || groups.contains(link.getGroupId())))
					.as("task %s is offered to %s or their groups", id, user)
					.isTrue();
			}
			Date deadline = task.getProcessInstanceId() == null ? null
					: (Date) runtime.getVariable(task.getExecutionId(), TaskDeadlines.SKONTO_DEADLINE);
			if (deadline == null) {
				withoutDeadlineSeen = true;
				continue;
			}
			assertThat(withoutDeadlineSeen).as("task %s with a Skonto deadline after one without", id).isFalse();
			if (previous != null) {
				assertThat(deadline).as("task %s", id).isAfterOrEqualTo(previous);
			}
			previous = deadline;
		}
	}

	private String upload(String xml, String issueDate) throws IOException {
		String variant = xml.replaceFirst("<cbc:ID>[^<]+</cbc:ID>", "<cbc:ID>TF-" + UUID.randomUUID() + "</cbc:ID>")
			.replaceFirst("<cbc:IssueDate>[^<]+</cbc:IssueDate>", "<cbc:IssueDate>" + issueDate + "</cbc:IssueDate>");
		HttpResponse<String> upload = new WebClient(port).postFiles("/api/invoices",
				Map.of("rechnung.xml", variant.getBytes(StandardCharsets.UTF_8)), "paula", "paula");
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		return json.readTree(upload.body()).get("id").asText();
	}

	/** The review task of an uploaded invoice, once it has been read. */
	private String reviewTask(String invoiceId) {
		String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(invoiceId).singleResult().getId();
		ProcessJobs.runAll(management, process);
		Task review = tasks.createTaskQuery().processInstanceId(process)
			.taskDefinitionKey(InvoiceIntakeProcess.Elements.REVIEW).singleResult();
		assertThat(review).as("invoice %s waits for review", invoiceId).isNotNull();
		return review.getId();
	}

	private static String skonto() throws IOException {
		return Files.readString(SKONTO_SAMPLE, StandardCharsets.UTF_8);
	}
}
