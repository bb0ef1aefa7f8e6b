package de.kmuflow.adoption.internal;

import static de.kmuflow.adoption.internal.ReportRows.ordered;
import static de.kmuflow.adoption.internal.ReportRows.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.document.DocumentSource;
import de.kmuflow.intake.Intake;
import de.kmuflow.invoice.InvoiceIntakeProcess;
import de.kmuflow.platform.WebClient;
import org.camunda.bpm.engine.HistoryService;
import de.kmuflow.platform.ProcessJobs;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real process instances through known paths with the engine's clock moved to months no other
 * test uses (2019), then the exact seconds saved per activity, process, trend and month, over the
 * API. The test process runs in two versions with different minutes; the invoice process runs
 * with its real delegates on an uploaded e-invoice: review, approval, posting.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TimeSavedTest {

	private static final Path UBL_SAMPLE = Path.of("sample-invoices/xrechnung-ubl-01.20a.xml");

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	ActivityCatalogue catalogue;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	Intake intake;

	@Autowired
	HistoryCollector collector;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TrendRepository trends;

	private final ObjectMapper json = new ObjectMapper();
	private WebClient web;

	@BeforeEach
	void client() {
		web = new WebClient(port);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void minutesSavedPerActivityProcessTrendAndMonth() throws Exception {
		ProcessDefinition version1 = SavingCheckModel.deploy(repository, catalogue, jdbc, "7");
		ProcessDefinition version2 = SavingCheckModel.deploy(repository, catalogue, jdbc, "9");

		// A, version 1, March: checked (7), confirmed: claimed after 2 minutes, done 3 minutes later (15 - 3 = 12), filed (1.5)
		clock(2019, 3, 14, 9, 0);
		ProcessInstance a = runtime.startProcessInstanceById(version1.getId(), Map.of("confirm", true));
		clock(2019, 3, 14, 9, 2);
		tasks.claim(task(a).getId(), "martin");
		clock(2019, 3, 14, 9, 5);
		tasks.complete(task(a).getId());

		// D, version 1, March: checked (7), then deleted while waiting: the cancelled task saved nothing
		clock(2019, 3, 20, 14, 0);
		ProcessInstance d = runtime.startProcessInstanceById(version1.getId(), Map.of("confirm", true));
		clock(2019, 3, 20, 15, 0);
		runtime.deleteProcessInstance(d.getId(), "sent in error");

		// B, version 2, April: checked (9), confirmed unclaimed after 20 minutes (slower than by hand: 0), filed (1.5)
		clock(2019, 4, 10, 10, 0);
		ProcessInstance b = runtime.startProcessInstanceById(version2.getId(), Map.of("confirm", true));
		clock(2019, 4, 10, 10, 20);
		tasks.complete(task(b).getId());

		// C, version 2, May: checked (9), the task still open is not counted yet
		clock(2019, 5, 2, 9, 0);
		runtime.startProcessInstanceById(version2.getId(), Map.of("confirm", true));

		// E, version 2, May: no person needed: checked (9), filed (1.5)
		clock(2019, 5, 3, 11, 0);
		ProcessInstance e = runtime.startProcessInstanceById(version2.getId(), Map.of("confirm", false));

		// the invoice process, June: read (6) and checked (4) automatically, reviewed by a clerk in 3 of
		// 10 minutes (7), approver determined (2), approved in 6 of 5 minutes (0), posted (5)
		String invoiceProcess = invoiceReviewedApprovedAndPosted();

		// when
		ClockUtil.reset();
		collector.collect();

		// then, per activity (both versions of the check step under one key)
		JsonNode byActivity = timeSaved("2019-03-01", "2019-06-30", "activity");
		assertThat(seconds(byActivity)).containsExactlyInAnyOrderEntriesOf(ordered(
				SavingCheckModel.KEY + "/" + SavingCheckModel.CHECK, 2460L, // 7 + 7 + 9 + 9 + 9 minutes
				SavingCheckModel.KEY + "/" + SavingCheckModel.CONFIRM, 720L, // 12 + 0
				SavingCheckModel.KEY + "/" + SavingCheckModel.FILE, 270L, // 3 x 1.5
				invoice(InvoiceIntakeProcess.Elements.EXTRACT), 360L,
				invoice(InvoiceIntakeProcess.Elements.VALIDATE), 240L,
				invoice(InvoiceIntakeProcess.Elements.REVIEW), 420L,
				invoice(InvoiceIntakeProcess.Elements.DETERMINE_APPROVER), 120L,
				invoice(InvoiceIntakeProcess.Elements.APPROVE), 0L,
				invoice(InvoiceIntakeProcess.Elements.POST), 300L));
		assertThat(row(byActivity, SavingCheckModel.KEY + "/" + SavingCheckModel.CHECK).path("activities").asLong())
			.isEqualTo(5);
		assertThat(row(byActivity, SavingCheckModel.KEY + "/" + SavingCheckModel.CHECK).path("label").asText())
			.isEqualTo("Automatisch prüfen");
		assertThat(byActivity.path("savedSeconds").asLong()).isEqualTo(4890);
		assertThat(byActivity.path("savedMinutes").decimalValue()).isEqualByComparingTo("81.5");

		// per process
		assertThat(seconds(timeSaved("2019-03-01", "2019-06-30", "process"))).containsExactlyInAnyOrderEntriesOf(
				ordered(SavingCheckModel.KEY, 3450L, InvoiceIntakeProcess.KEY, 1440L));

		// per trend: the six of the table in their order, then steps without trend
		JsonNode byTrend = timeSaved("2019-03-01", "2019-06-30", "trend");
		assertThat(seconds(byTrend)).containsExactlyEntriesOf(ordered("CYBERSECURITY", 2460L, "AI_INTEGRATION",
				1500L, "DATA_LITERACY", 0L, "HYPERAUTOMATION", 660L, "SOCIAL_COMMERCE", 0L, "SUSTAINABILITY", 0L,
				AdoptionFigures.NO_TREND, 270L));
		assertThat(row(byTrend, "CYBERSECURITY").path("sharePercent").decimalValue()).isEqualByComparingTo("50.3");

		// per month, gaps included
		JsonNode byMonth = timeSaved("2019-02-01", "2019-07-31", "month");
		assertThat(seconds(byMonth)).containsExactlyEntriesOf(ordered("2019-02", 0L, "2019-03", 1650L, "2019-04",
				630L, "2019-05", 1170L, "2019-06", 1440L, "2019-07", 0L));
		assertThat(row(byMonth, "2019-03").path("savedHours").decimalValue()).isEqualByComparingTo("0.46");

		// the invoice: posted after 10 minutes, a clerk and a manager touched it
		JsonNode invoices = get("/api/adoption/invoices?from=2019-06-01&to=2019-06-30");
		assertThat(invoices.path("finished").asLong()).isEqualTo(1);
		assertThat(invoices.path("withoutHumanTouch").asLong()).isZero();
		assertThat(invoices.path("posted").asLong()).isEqualTo(1);
		assertThat(invoices.path("averageLeadTimeHours").decimalValue()).isEqualByComparingTo("0.17");
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(invoiceProcess).singleResult()
			.getEndActivityId()).isEqualTo(InvoiceIntakeProcess.Elements.POSTED);

		// straight-through share and lead time are worked out the same way for any process
		InvoiceFigures checks = new AdoptionFigures(jdbc, trends,
				new AdoptionProperties(null, null, null, SavingCheckModel.KEY, SavingCheckModel.DONE, null))
			.invoices(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 5, 31));
		assertThat(checks.finished()).isEqualTo(3); // A, B, E; D was deleted, C is still running
		// E needed no person, but the check model records no automatic decision: nothing counts as untouched
		assertThat(checks.withoutHumanTouch()).isZero();
		assertThat(checks.withoutHumanTouchPercent()).isEqualByComparingTo("0.0");
		assertThat(checks.byMonth()).extracting(InvoiceFigures.Month::averageLeadTimeHours)
			.containsExactly(new BigDecimal("0.08"), new BigDecimal("0.33"), new BigDecimal("0.00"));

		// and the figures outlive Camunda's history cleanup
		history.deleteHistoricProcessInstance(a.getId());
		history.deleteHistoricProcessInstance(e.getId());
		collector.collect();
		assertThat(seconds(timeSaved("2019-02-01", "2019-07-31", "month"))).containsEntry("2019-03", 1650L)
			.containsEntry("2019-05", 1170L);
	}

	@Test
	void figuresAreExportedAsCsvForASpreadsheet() throws IOException {
		HttpResponse<String> csv = web.get("/api/adoption/time-saved.csv?from=2019-03-01&to=2019-03-31&groupBy=trend",
				"martin", "martin");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).contains("zeitersparnis_trend_2019-03-01_2019-03-31.csv"));
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).startsWith("\uFEFF\"Gruppierung\";\"Schlüssel\";\"Bezeichnung\"");
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"trend\";\"CYBERSECURITY\";\"Cybersicherheit\";"));
	}

	@Test
	void onlyManagementSeesTheFigures() {
		assertThat(web.get("/api/adoption/trends", "clara", "clara").statusCode()).isEqualTo(403);
		assertThat(web.get("/api/adoption/time-saved", "paula", "paula").statusCode()).isEqualTo(403);
		assertThat(web.get("/api/adoption/time-saved", "martin", "martin").statusCode()).isEqualTo(200);
		assertThat(web.get("/api/adoption/time-saved?groupBy=weather", "martin", "martin").statusCode()).isEqualTo(400);
		assertThat(web.get("/api/adoption/trends", "demo", "demo").statusCode()).isEqualTo(200);
	}

	/** Uploaded by purchasing, reviewed by accounting, approved by management; returns the process instance. */
	private String invoiceReviewedApprovedAndPosted() throws Exception {
		// its own invoice number, so its own document and not a repeat of the sample other tests upload
		String number = "SAVED-" + UUID.randomUUID().toString().substring(0, 8);
		byte[] invoice = Files.readString(UBL_SAMPLE).replace("<cbc:ID>1234567890</cbc:ID>", "<cbc:ID>" + number + "</cbc:ID>")
			.getBytes();
		clock(2019, 6, 12, 8, 0);
		intake.submit(invoice, number + ".xml", DocumentSource.UPLOAD, "test", "paula");
		String processInstanceId = runtime.createProcessInstanceQuery().processDefinitionKey(InvoiceIntakeProcess.KEY)
			.active().list().stream()
			.filter(instance -> !history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
				.startedAfter(date(2019, 6, 12, 7, 59)).startedBefore(date(2019, 6, 12, 8, 1)).list().isEmpty())
			.findFirst().orElseThrow().getId();
		ProcessJobs.runAll(management, processInstanceId);
		Task review = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		assertThat(review.getTaskDefinitionKey()).isEqualTo(InvoiceIntakeProcess.Elements.REVIEW);
		clock(2019, 6, 12, 8, 1);
		tasks.claim(review.getId(), "clara");
		clock(2019, 6, 12, 8, 4);
		tasks.complete(review.getId());

		Task approval = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		assertThat(approval.getTaskDefinitionKey()).isEqualTo(InvoiceIntakeProcess.Elements.APPROVE);
		tasks.claim(approval.getId(), "martin");
		clock(2019, 6, 12, 8, 10);
		tasks.complete(approval.getId(), Map.of("decision", "approve"));
		return processInstanceId;
	}

	private Task task(ProcessInstance instance) {
		return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	private JsonNode timeSaved(String from, String to, String groupBy) throws IOException {
		return get("/api/adoption/time-saved?from=" + from + "&to=" + to + "&groupBy=" + groupBy);
	}

	private JsonNode get(String path) throws IOException {
		HttpResponse<String> response = web.get(path, "martin", "martin");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static JsonNode row(JsonNode report, String key) {
		for (JsonNode row : report.path("rows")) {
			if (row.path("key").asText().equals(key)) {
				return row;
			}
		}
		throw new AssertionError("no row " + key + " in " + report);
	}

	private static String invoice(String activityId) {
		return InvoiceIntakeProcess.KEY + "/" + activityId;
	}

	private static void clock(int year, int month, int day, int hour, int minute) {
		ClockUtil.setCurrentTime(date(year, month, day, hour, minute));
	}

	private static java.util.Date date(int year, int month, int day, int hour, int minute) {
		return java.util.Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.of("Europe/Berlin"))
			.toInstant());
	}
}
