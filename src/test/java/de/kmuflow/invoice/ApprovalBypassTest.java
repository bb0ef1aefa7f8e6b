package de.kmuflow.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.invoice.InvoiceIntakeProcess.Elements;
import de.kmuflow.platform.ExternalTasks;
import de.kmuflow.platform.ProcessJobs;
import de.kmuflow.platform.StepRefused;
import de.kmuflow.platform.WebClient;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The ways around the approval that were found, each tried against the running application: the
 * invoice waiting for approval stays unposted, nothing reaches the DATEV export, and whoever tried
 * gets a refusal (403 for missing rights, 400 with a German sentence for a step the invoice's life
 * cycle refuses), never a 500 or an engine code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApprovalBypassTest {

	private static final Path UBL_SAMPLE = Path.of("sample-invoices/xrechnung-ubl-01.20a.xml");
	private static final AtomicInteger NUMBERS = new AtomicInteger();
	private static final String START_BEFORE_POSTING = "{\"instructions\":[{\"type\":\"startBeforeActivity\","
			+ "\"activityId\":\"" + Elements.POST + "\"}]}";
	private static final String START = "/engine-rest/process-definition/key/" + InvoiceIntakeProcess.KEY + "/start";

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	ExternalTasks externalTasks;

	private final ObjectMapper json = new ObjectMapper();
	private WebClient web;

	@BeforeEach
	void client() {
		web = new WebClient(port);
	}

	@Test
	void warehouseCannotStartTheInvoiceProcessBeforePosting() throws IOException {
		Waiting invoice = waitingForApproval();

		HttpResponse<String> start = web.postJson(START, startBefore(invoice.id(), Elements.POST, false), "lars", "lars");

		assertThat(start.statusCode()).as(start.body()).isEqualTo(403);
		assertUnposted(invoice);
	}

	@Test
	void nobodyStartsIntakeAgainForAnInvoiceThatHasItsProcess() throws IOException {
		Waiting invoice = waitingForApproval();
		String plainStart = "{\"variables\":{\"invoiceId\":{\"value\":\"" + invoice.id() + "\"}}}";

		assertThat(web.postJson(START, plainStart, "lars", "lars").statusCode()).isEqualTo(403);
		// not even the administrator, who holds every right in the engine
		HttpResponse<String> byAdmin = web.postJson(START, plainStart, "demo", "demo");
		assertRefusedInGerman(byAdmin, "schon einen Vorgang");
		assertThat(runtime.createProcessInstanceQuery().variableValueEquals("invoiceId", invoice.id()).count())
			.isEqualTo(1);
		assertUnposted(invoice);
	}

	@Test
	void aPostedInvoiceIsNotTakenInAgain() throws IOException {
		Waiting invoice = waitingForApproval();
		approve(invoice, "martin");
		assertThat(status(invoice)).isEqualTo("POSTED");

		HttpResponse<String> again = web.postJson(START,
				"{\"variables\":{\"invoiceId\":{\"value\":\"" + invoice.id() + "\"}}}", "demo", "demo");

		assertRefusedInGerman(again, "schon einen Vorgang");
		assertThat(status(invoice)).isEqualTo("POSTED");
		assertThat(history.createHistoricProcessInstanceQuery().variableValueEquals("invoiceId", invoice.id()).count())
			.isEqualTo(1);
	}

	@Test
	void aStartBeforePostingWithoutListenersIsRefusedByThePostingStep() throws IOException {
		Waiting invoice = waitingForApproval();

		HttpResponse<String> start = web.postJson(START, startBefore(invoice.id(), Elements.POST, true), "demo", "demo");

		assertRefusedInGerman(start, "nicht ausgeführt");
		assertUnposted(invoice);
	}

	@Test
	void operationsCannotModifyTheInstanceToPost() throws IOException {
		Waiting invoice = waitingForApproval();

		HttpResponse<String> byOps = web.postJson("/engine-rest/process-instance/" + invoice.processInstanceId()
				+ "/modification", START_BEFORE_POSTING, "otto", "otto");

		assertThat(byOps.statusCode()).as(byOps.body()).isEqualTo(403);
		assertUnposted(invoice);
	}

	@Test
	void operationsCannotSetProcessVariables() throws IOException {
		Waiting invoice = waitingForApproval();

		HttpResponse<String> byOps = web.putJson("/engine-rest/process-instance/" + invoice.processInstanceId()
				+ "/variables/approved", "{\"value\":true,\"type\":\"Boolean\"}", "otto", "otto");

		assertThat(byOps.statusCode()).as(byOps.body()).isEqualTo(403);
		assertThat(runtime.getVariable(invoice.processInstanceId(), "approved")).isNull();
		assertUnposted(invoice);
	}

	@Test
	void thePostingStepReachedWithoutApprovalChangesNothing() throws IOException {
		Waiting invoice = waitingForApproval();

		// the administrator may modify instances, but the invoice refuses to be posted unapproved
		HttpResponse<String> byAdmin = web.postJson("/engine-rest/process-instance/" + invoice.processInstanceId()
				+ "/modification", START_BEFORE_POSTING, "demo", "demo");

		assertRefusedInGerman(byAdmin, "nicht freigegeben");
		assertThat(tasks.createTaskQuery().processInstanceId(invoice.processInstanceId())
			.taskDefinitionKey(Elements.APPROVE).count()).isEqualTo(1);
		assertUnposted(invoice);
	}

	@Test
	void aStepReachedOutOfOrderBecomesAnIncidentInGerman() throws IOException {
		Waiting invoice = waitingForApproval();
		// the administrator sends the waiting invoice back to reading, a step behind it
		assertThat(web.postJson("/engine-rest/process-instance/" + invoice.processInstanceId() + "/modification",
				"{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"" + Elements.EXTRACT + "\"}]}",
				"demo", "demo").statusCode()).isEqualTo(204);

		// the workers serve the step once: a refusal is not retried
		assertThat(externalTasks.runDue(invoice.processInstanceId())).isEqualTo(1);
		assertThat(externalTasks.runDue(invoice.processInstanceId())).isZero();

		Incident incident = runtime.createIncidentQuery().processInstanceId(invoice.processInstanceId()).singleResult();
		assertThat(incident.getIncidentMessage())
			.isEqualTo("Die Rechnung steht auf „Wartet auf Freigabe“ und kann nicht auf „Ausgelesen“ wechseln;"
					+ " der Schritt wurde nicht ausgeführt.");
		assertUnposted(invoice);
	}

	@Test
	void onlyTheGroupTheDecisionTableNamedMayApprove() throws IOException {
		Waiting invoice = waitingForApproval();
		Task approval = approvalTask(invoice);
		tasks.setAssignee(approval.getId(), "lars");

		assertThatThrownBy(() -> tasks.complete(approval.getId(), Map.of("decision", "approve")))
			.isInstanceOf(StepRefused.class)
			.hasMessageContaining("gibt nur die Gruppe management frei; lars gehört nicht dazu");
		assertUnposted(invoice);
	}

	@Test
	void refusalsInTheTaskListAreGermanSentencesWith400() throws IOException {
		// uploaded by a manager, who may therefore not approve it
		Waiting invoice = waitingForApproval("martin");
		String complete = "/engine-rest/task/" + approvalTask(invoice).getId() + "/complete";

		assertRefusedInGerman(web.postJson(complete, "{\"variables\":{\"decision\":{\"value\":\"approve\"}}}", "martin",
				"martin"), "Vier-Augen-Prinzip");
		assertRefusedInGerman(web.postJson(complete, "{\"variables\":{\"decision\":{\"value\":\"reject\"}}}", "demo",
				"demo"), "Bitte begründen Sie die Ablehnung");
		assertUnposted(invoice);
	}

	/** Uploaded by purchasing (paula), reviewed by accounting (clara): management's approval is open. */
	private Waiting waitingForApproval() throws IOException {
		return waitingForApproval("paula");
	}

	private Waiting waitingForApproval(String uploader) throws IOException {
		String number = "SPERRE-" + NUMBERS.incrementAndGet() + "-" + System.nanoTime();
		// a supplier and month of their own, so that other tests' suppliers and exports stay as they are
		byte[] ubl = Files.readString(UBL_SAMPLE, StandardCharsets.UTF_8)
			.replace("<cbc:ID>1234567890</cbc:ID>", "<cbc:ID>" + number + "</cbc:ID>")
			.replace("DE123456789", "DE136695976")
			.replace("DE79000000001234567890", "DE89370400440532013000")
			.replace("2021-01-25", "2020-06-15")
			.replace("2021-02-04", "2020-06-25")
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> upload = web.postFiles("/api/invoices", Map.of(number + ".xml", ubl), uploader, uploader);
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		String id = json.readTree(upload.body()).get("id").asText();
		String processInstanceId = invoice(id).get("processInstanceId").asText();
		ProcessJobs.runAll(management, processInstanceId);
		Task review = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		assertThat(review.getTaskDefinitionKey()).isEqualTo(Elements.REVIEW);
		assertThat(web.postJson("/engine-rest/task/" + review.getId() + "/complete", "{}", "clara", "clara")
			.statusCode()).isEqualTo(204);
		Waiting waiting = new Waiting(id, processInstanceId, number);
		assertThat(status(waiting)).isEqualTo("AWAITING_APPROVAL");
		return waiting;
	}

	private void approve(Waiting invoice, String user) {
		assertThat(web.postJson("/engine-rest/task/" + approvalTask(invoice).getId() + "/complete",
				"{\"variables\":{\"decision\":{\"value\":\"approve\"}}}", user, user).statusCode()).isEqualTo(204);
	}

	private Task approvalTask(Waiting invoice) {
		return tasks.createTaskQuery().processInstanceId(invoice.processInstanceId())
			.taskDefinitionKey(Elements.APPROVE).singleResult();
	}

	private static String startBefore(String invoiceId, String activity, boolean skipListeners) {
		return "{\"variables\":{\"invoiceId\":{\"value\":\"" + invoiceId + "\"}},\"skipCustomListeners\":"
				+ skipListeners + ",\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\""
				+ activity + "\"}]}";
	}

	private static void assertRefusedInGerman(HttpResponse<String> response, String sentence) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains(sentence).doesNotContain("ENGINE-", "Exception:");
	}

	/** Still waiting for approval, no booking, and not in the DATEV export of its month. */
	private void assertUnposted(Waiting invoice) throws IOException {
		assertThat(status(invoice)).isEqualTo("AWAITING_APPROVAL");
		assertThat(invoice(invoice.id()).path("approvedBy").isNull() || invoice(invoice.id()).path("approvedBy")
			.isMissingNode()).isTrue();
		HttpResponse<byte[]> export = web.getBytes("/api/exports/datev?from=2020-06-01&to=2020-06-30", "clara", "clara");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(new String(export.body(), Charset.forName("windows-1252"))).doesNotContain(invoice.number());
	}

	private String status(Waiting invoice) throws IOException {
		return invoice(invoice.id()).get("status").asText();
	}

	private JsonNode invoice(String id) throws IOException {
		HttpResponse<String> response = web.get("/api/invoices/" + id, "clara", "clara");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private record Waiting(String id, String processInstanceId, String number) {
	}
}
