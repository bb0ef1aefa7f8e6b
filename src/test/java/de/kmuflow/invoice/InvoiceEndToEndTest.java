package de.kmuflow.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.platform.ProcessJobs;
import de.kmuflow.platform.WebClient;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real application end to end over HTTP: an invoice uploaded by one person, reviewed by a
 * clerk, approved by a manager, posted, and found in the DATEV export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InvoiceEndToEndTest {

	private static final Path UBL_SAMPLE = Path.of("sample-invoices/xrechnung-ubl-01.20a.xml");

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	DocumentStore documents;

	private final ObjectMapper json = new ObjectMapper();
	private WebClient web;

	@BeforeEach
	void client() {
		web = new WebClient(port);
	}

	@Test
	void uploadReviewApprovePostAndExport() throws IOException {
		// given an e-invoice uploaded by purchasing
		HttpResponse<String> upload = web.postFiles("/api/invoices", Map.of("rechnung.xml", Files.readAllBytes(UBL_SAMPLE)),
				"paula", "paula");
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		String id = json.readTree(upload.body()).get("id").asText();
		assertThat(upload.headers().firstValue("Location")).hasValue("/api/invoices/" + id);

		// the same file again is not a second invoice
		HttpResponse<String> again = web.postFiles("/api/invoices", Map.of("nochmal.xml", Files.readAllBytes(UBL_SAMPLE)),
				"clara", "clara");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(json.readTree(again.body()).get("duplicateOf").asText()).isEqualTo(id);

		// when it has been read: a new supplier, so a clerk looks at it first
		String processInstanceId = invoice(id).get("processInstanceId").asText();
		runJobs(processInstanceId);
		JsonNode read = invoice(id);
		assertThat(read.get("status").asText()).isEqualTo("IN_REVIEW");
		assertThat(read.get("invoiceNumber").asText()).isEqualTo("1234567890");
		assertThat(read.get("grossTotal").asText()).isEqualTo("357.00");
		assertThat(read.get("findings").toString()).contains("NEW_SUPPLIER");

		// its review form shows the invoice as it is when opened; the task itself holds no values
		Task review = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		assertThat(tasks.getVariablesLocal(review.getId())).isEmpty();
		JsonNode reviewForm = formVariables(review, "clara");
		assertThat(reviewForm.path("invoiceNumber").path("value").asText()).isEqualTo("1234567890");
		assertThat(reviewForm.path("grossTotal").path("value").asText()).isEqualTo("357,00");
		assertThat(reviewForm.path("invoiceCategory").path("value").asText()).isEqualTo("Misc");
		assertThat(reviewForm.path("findingsText").path("value").asText()).startsWith("Warnung: ");
		assertThat(reviewForm.path("documentUrl").path("value").asText()).isEqualTo("/invoices/" + id + "/original");
		assertThat(web.postJson("/engine-rest/task/" + review.getId() + "/complete",
				"{\"variables\":{\"costCentre\":{\"value\":\"KST-100\"},\"invoiceCategory\":{\"value\":\"Misc\"}}}",
				"clara", "clara").statusCode()).isEqualTo(204);
		assertThat(invoice(id).get("status").asText()).isEqualTo("AWAITING_APPROVAL");
		assertThat(invoice(id).get("history").toString()).contains("costCentre", "KST-100", "clara");

		// the detail has every catalogue field, the confidences, tax breakdown, lines and the corrections
		JsonNode detail = invoice(id);
		InvoiceField.all().forEach(field -> assertThat(detail.has(field.name())).as(field.name()).isTrue());
		assertThat(detail.get("costCentre").asText()).isEqualTo("KST-100");
		assertThat(detail.get("confidence").get("invoiceNumber").asDouble()).isEqualTo(1.0);
		assertThat(detail.get("taxBreakdown").get(0).get("rate").asText()).isEqualTo("19");
		assertThat(detail.get("lines").size()).isPositive();
		assertThat(detail.get("corrections")).singleElement().satisfies(correction -> {
			assertThat(correction.get("field").asText()).isEqualTo("costCentre");
			assertThat(correction.get("new").asText()).isEqualTo("KST-100");
			assertThat(correction.get("by").asText()).isEqualTo("clara");
		});

		// then management approves (357 EUR "Misc" is budget) and it is posted
		Task approval = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		assertThat(tasks.getVariablesLocal(approval.getId())).isEmpty();
		JsonNode approvalForm = formVariables(approval, "martin");
		assertThat(approvalForm.path("grossTotal").path("value").asText()).isEqualTo("357,00 €");
		assertThat(approvalForm.path("sellerName").path("value").asText()).isEqualTo(detail.get("sellerName").asText());
		assertThat(approvalForm.path("documentUrl").path("value").asText()).isEqualTo("/invoices/" + id + "/original");
		assertThat(approvalForm.path("rejectionReason").path("type").asText()).isEqualTo("Null");
		assertThat(tasks.getIdentityLinksForTask(approval.getId())).extracting("groupId").contains("management");
		assertThat(web.postJson("/engine-rest/task/" + approval.getId() + "/complete",
				"{\"variables\":{\"decision\":{\"value\":\"approve\"}}}", "martin", "martin").statusCode())
			.isEqualTo(204);
		assertThat(invoice(id).get("status").asText()).isEqualTo("POSTED");
		assertThat(invoice(id).get("approvedBy").asText()).isEqualTo("martin");
		// the history keeps each variable's latest value (the figures read them), not a row per change
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
			.variableName("approved").singleResult().getValue()).isEqualTo(true);
		assertThat(history.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates().count())
			.isZero();

		// and the booking is in the DATEV export of what was posted today (its invoice date is in 2021)
		String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();
		HttpResponse<byte[]> export = web.getBytes("/api/exports/datev?from=" + today + "&to=" + today, "clara", "clara");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(
				disposition).contains("EXTF_Buchungsstapel_gebucht_" + today.replace("-", "") + "_" + today.replace("-", "")
						+ ".csv"));
		String csv = new String(export.body(), Charset.forName("windows-1252"));
		String[] lines = csv.split("\r\n");
		assertThat(lines.length).isGreaterThanOrEqualTo(3);
		assertThat(lines[0]).startsWith("\"EXTF\";700;21;\"Buchungsstapel\";13;");
		assertThat(lines[1]).startsWith("\"Umsatz (ohne Soll/Haben-Kz)\";\"Soll/Haben-Kennzeichen\"")
			.contains("Geschäftspartnerbank");
		// amount, debit, currency, expense account (SKR03 other costs), the supplier's creditor account,
		// tax key 9 (19 % input tax), document date DDMM, invoice number, due date
		String line = java.util.Arrays.stream(lines)
			.filter(candidate -> candidate.contains("\"KST-100\"") && candidate.contains("\"1234567890\""))
			.findFirst()
			.orElseThrow();
		assertThat(line).matches("357,00;\"S\";\"EUR\";;;;4980;7\\d{4};\"9\";2501;\"1234567890\";\"04022021\";.*");
		assertThat(lines[1].split(";", -1)).hasSize(line.split(";", -1).length);
	}

	@Test
	void uploaderMayNotApproveInTheEngine() throws IOException {
		// an Austrian supplier's invoice of 804.86 EUR: management approves
		byte[] ubl = Files.readAllBytes(
				Path.of("../shared/corpus/xrechnung-testsuite/business-cases/standard/03.01a-INVOICE_ubl.xml"));
		String id = json.readTree(web.postFiles("/api/invoices", Map.of("at.xml", ubl), "martin", "martin").body())
			.get("id").asText();
		String processInstanceId = invoice(id).get("processInstanceId").asText();
		runJobs(processInstanceId);
		Task review = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		web.postJson("/engine-rest/task/" + review.getId() + "/complete", "{}", "clara", "clara");
		Task approval = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		assertThat(approval.getTaskDefinitionKey()).isEqualTo(InvoiceIntakeProcess.Elements.APPROVE);

		HttpResponse<String> byUploader = web.postJson("/engine-rest/task/" + approval.getId() + "/complete",
				"{\"variables\":{\"decision\":{\"value\":\"approve\"}}}", "martin", "martin");
		assertThat(byUploader.statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(byUploader.body()).contains("Vier-Augen-Prinzip");
		assertThat(invoice(id).get("status").asText()).isEqualTo("AWAITING_APPROVAL");

		assertThat(web.postJson("/engine-rest/task/" + approval.getId() + "/complete",
				"{\"variables\":{\"decision\":{\"value\":\"approve\"}}}", "demo", "demo").statusCode()).isEqualTo(204);
		assertThat(invoice(id).get("status").asText()).isEqualTo("POSTED");
	}

	@Test
	void badFilesGetAClearAnswerAndNothingIsLost() throws IOException {
		Map<String, byte[]> bad = new LinkedHashMap<>();
		bad.put("leer.pdf", new byte[0]);
		bad.put("brief.txt", "Sehr geehrte Damen und Herren, anbei unser Angebot.".getBytes());
		bad.put("kaputt.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes());
		bad.put("xxe.xml", """
				<?xml version="1.0"?>
				<!DOCTYPE Invoice [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>&secret;</ID></Invoice>
				""".getBytes());
		Path badFolder = Path.of("sample-invoices/bad");
		if (Files.isDirectory(badFolder)) {
			try (var files = Files.list(badFolder)) {
				for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
					bad.put("bad-" + file.getFileName(), Files.readAllBytes(file));
				}
			}
		}
		long storedBefore = documents.count();
		int accepted = 0;
		for (Map.Entry<String, byte[]> file : bad.entrySet()) {
			HttpResponse<String> answer = web.postFiles("/api/invoices", Map.of(file.getKey(), file.getValue()), "clara",
					"clara");
			JsonNode body = json.readTree(answer.body());
			assertThat(answer.body()).as(file.getKey()).doesNotContain("Exception", "\tat ");
			if (answer.statusCode() >= 400) {
				assertThat(answer.statusCode()).as(file.getKey()).isLessThan(500);
				assertThat(body.get("error").asText()).as(file.getKey()).isNotBlank();
				continue;
			}
			accepted++;
			// an accepted file that cannot be read waits for a clerk, with the reason
			String id = body.get("id").asText();
			runJobs(invoice(id).get("processInstanceId").asText());
			JsonNode invoice = invoice(id);
			assertThat(invoice.get("status").asText()).as(file.getKey()).isEqualTo("IN_REVIEW");
			assertThat(tasks.createTaskQuery().processInstanceId(invoice.get("processInstanceId").asText())
				.taskDefinitionKey(InvoiceIntakeProcess.Elements.REVIEW).count()).as(file.getKey()).isEqualTo(1);
		}
		assertThat(accepted).isPositive();
		assertThat(documents.count() - storedBefore).isEqualTo(accepted);
	}

	private JsonNode invoice(String id) throws IOException {
		HttpResponse<String> response = web.get("/api/invoices/" + id, "clara", "clara");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	/** The task's form variables as Tasklist fetches them. */
	private JsonNode formVariables(Task task, String user) throws IOException {
		HttpResponse<String> answer = web.get("/engine-rest/task/" + task.getId() + "/form-variables", user, user);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return json.readTree(answer.body());
	}

	private void runJobs(String processInstanceId) {
		ProcessJobs.runAll(management, processInstanceId);
	}
}
