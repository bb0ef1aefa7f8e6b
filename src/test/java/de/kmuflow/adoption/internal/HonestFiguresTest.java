package de.kmuflow.adoption.internal;

import static de.kmuflow.adoption.internal.ReportRows.ordered;
import static de.kmuflow.adoption.internal.ReportRows.seconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.document.DocumentSource;
import de.kmuflow.intake.Intake;
import de.kmuflow.invoice.InvoiceIntakeProcess;
import de.kmuflow.platform.WebClient;
import de.kmuflow.platform.ProcessJobs;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The counting rules on the engine, with its clock moved to March 2017 (a month no other test
 * uses), and the figures of the API, the CSV, the dashboard and its drill-down reconciled with a
 * table worked out by hand. The model {@code adoption/honest-check.bpmn} has what the invoice
 * process has: a reading step that can fail ({@code savedWhen}), an automatic decision or a
 * person's approval, posting, and one saving per business key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HonestFiguresTest {

	static final String KEY = "adoption-honest-check";
	static final String READ = "serviceTask_read";
	static final String APPROVE = "userTask_approve";
	static final String POST = "serviceTask_post";
	static final String POSTED = "endEvent_posted";
	static final String FROM = "2017-03-01";
	static final String TO = "2017-03-31";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryCollector collector;

	@Autowired
	ManagementService management;

	@Autowired
	Intake intake;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TrendRepository trends;

	private final ObjectMapper json = new ObjectMapper();

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void failedStepsRepeatsAndOverridesSaveNothingAndTheFiguresReconcile() throws Exception {
		repository.createDeployment().name("honest-check").addClasspathResource("adoption/honest-check.bpmn").deploy();

		// A: read, decided automatically, posted: 6 + 5 minutes, no person
		clock(2017, 3, 6, 9, 0);
		start("R-A", true, true);

		// B: the reading failed (0, not 6), approved by a person in 2 of 5 minutes (3), posted (5)
		clock(2017, 3, 7, 10, 0);
		ProcessInstance b = start("R-B", false, false);
		clock(2017, 3, 7, 10, 1);
		tasks.claim(tasks.createTaskQuery().processInstanceId(b.getId()).singleResult().getId(), "martin");
		clock(2017, 3, 7, 10, 3);
		tasks.complete(tasks.createTaskQuery().processInstanceId(b.getId()).singleResult().getId());

		// A again, a second instance for the same invoice: its steps were counted already (0)
		clock(2017, 3, 8, 11, 0);
		start("R-A", true, true);

		// C: pushed to posting through the engine API, no approval path at all: posted (5), never untouched
		clock(2017, 3, 9, 12, 0);
		runtime.createProcessInstanceByKey(KEY).businessKey("R-C")
			.setVariables(Map.of("readOk", true, "autoApproved", true))
			.startBeforeActivity(POST).execute();

		// D: read (6), waiting for approval, then moved past it by an override: posted (5), not untouched,
		// and the cancelled approval saves nothing
		clock(2017, 3, 10, 13, 0);
		ProcessInstance d = start("R-D", true, false);
		clock(2017, 3, 10, 13, 10);
		runtime.createProcessInstanceModification(d.getId()).cancelAllForActivity(APPROVE).startBeforeActivity(POST)
			.execute();

		ClockUtil.reset();
		collector.collect();

		// the table by hand, in seconds
		Map<String, Long> byActivity = ordered(
				KEY + "/" + POST, 4 * 300L, // A, B, C, D; A's second instance 0
				KEY + "/" + READ, 2 * 360L, // A and D; B failed, A's second instance repeated
				KEY + "/" + APPROVE, 180L); // B: 5 - 2 minutes
		long total = 1200 + 720 + 180;

		// the API
		JsonNode report = get("/api/adoption/time-saved?groupBy=activity&from=" + FROM + "&to=" + TO);
		assertThat(seconds(report)).containsExactlyEntriesOf(byActivity);
		assertThat(report.path("savedSeconds").asLong()).isEqualTo(total);
		assertThat(report.path("activities").asLong()).isEqualTo(7);
		assertThat(seconds(get("/api/adoption/time-saved?groupBy=trend&from=" + FROM + "&to=" + TO)))
			.containsEntry("AI_INTEGRATION", 720L).containsEntry("HYPERAUTOMATION", 1380L);

		// the CSV, to the minute
		String csv = web().get("/api/adoption/time-saved.csv?groupBy=activity&from=" + FROM + "&to=" + TO, "martin", "martin")
			.body();
		assertThat(csv).contains("\"" + KEY + "/" + POST + "\";\"Buchen\";\"" + KEY + "\";\"" + POST + "\";4;1200;20,00;")
			.contains("\"" + KEY + "/" + READ + "\";\"Auslesen\";\"" + KEY + "\";\"" + READ + "\";2;720;12,00;")
			.contains("\"" + KEY + "/" + APPROVE + "\";\"Freigeben\";\"" + KEY + "\";\"" + APPROVE + "\";1;180;3,00;");

		// the dashboard: 35 minutes, in minutes, linked to the steps it is made of
		String dashboard = web().get("/adoption?from=" + FROM + "&to=" + TO, "martin", "martin").body();
		assertThat(dashboard).containsPattern("id=\"kpi-hours\"[^>]*>35 min<");

		// the drill-down lists every step, those that saved nothing with the reason
		JsonNode steps = get("/api/adoption/steps?process=" + KEY + "&from=" + FROM + "&to=" + TO);
		assertThat(steps).hasSize(10);
		long counted = 0;
		long sum = 0;
		List<String> notCounted = new ArrayList<>();
		for (JsonNode step : steps) {
			sum += step.path("savedSeconds").asLong();
			if (step.path("counted").asBoolean()) {
				counted++;
			}
			else {
				notCounted.add(step.path("businessKey").asText() + " " + step.path("activityId").asText() + " "
						+ step.path("notCountedReason").asText());
			}
		}
		assertThat(counted).isEqualTo(7);
		assertThat(sum).isEqualTo(total);
		assertThat(notCounted).containsExactlyInAnyOrder("R-B " + READ + " NOT_SUCCEEDED", "R-A " + READ + " ALREADY_COUNTED",
				"R-A " + POST + " ALREADY_COUNTED");
		String page = web().get("/adoption/steps?process=" + KEY + "&from=" + FROM + "&to=" + TO, "martin", "martin").body();
		assertThat(page).contains("für diesen Vorgang schon gezählt", "nicht gelungen", "35 min eingespart");

		// invoices: A counted once, only A without human touch; C (no approval path) and D (override) are not
		AdoptionProperties asInvoices = new AdoptionProperties(null, null, null, KEY, POSTED, null);
		LocalDate from = LocalDate.parse(FROM);
		LocalDate to = LocalDate.parse(TO);
		InvoiceFigures invoices = new AdoptionFigures(jdbc, trends, asInvoices).invoices(from, to);
		assertThat(invoices.finished()).isEqualTo(4);
		assertThat(invoices.withoutHumanTouch()).isEqualTo(1);
		assertThat(invoices.withoutHumanTouchPercent()).isEqualByComparingTo("25.0");
		assertThat(invoices.posted()).isEqualTo(4);
		// lead times A 0, B 3 min, C 0, D 10 min: 195 seconds on average, shown as minutes, not "0,1 h"
		assertThat(invoices.averageLeadTimeSeconds()).isEqualTo(195);
		assertThat(GermanText.durationOf(invoices.averageLeadTimeSeconds())).isEqualTo("3,3 min");
		AdoptionDrillDown drillDown = new AdoptionDrillDown(jdbc, asInvoices);
		assertThat(drillDown.invoices(from, to, AdoptionDrillDown.InvoiceSet.FINISHED))
			.extracting(AdoptionDrillDown.Invoice::businessKey).containsExactly("R-B", "R-A", "R-C", "R-D");
		assertThat(drillDown.invoices(from, to, AdoptionDrillDown.InvoiceSet.UNTOUCHED))
			.singleElement().satisfies(invoice -> {
				assertThat(invoice.businessKey()).isEqualTo("R-A");
				assertThat(invoice.instances()).isEqualTo(2);
			});
		assertThat(drillDown.invoices(from, to, AdoptionDrillDown.InvoiceSet.POSTED)).hasSize(4);
	}

	@Test
	void anInvoiceThatCouldNotBeReadSavesNoReadingTime() throws Exception {
		// a truncated PDF through the real intake and invoice process
		byte[] truncated = ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + UUID.randomUUID())
			.getBytes(StandardCharsets.US_ASCII);
		UUID invoice = intake.submit(truncated, "abgeschnitten.pdf", DocumentSource.UPLOAD, "test", "paula").id();
		String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(invoice.toString())
			.singleResult().getId();
		ProcessJobs.runAll(management, instance);
		assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
			.isEqualTo(InvoiceIntakeProcess.Elements.REVIEW);

		collector.collect();

		// reading and checking ran, saved nothing, and say why
		List<Map<String, Object>> rows = jdbc.queryForList("""
				select activity_id, counted, saved_seconds, not_counted_reason from adoption_time_saved
				where process_instance_id = ? order by activity_id""", instance);
		assertThat(rows).extracting(row -> row.get("ACTIVITY_ID") + " " + row.get("COUNTED") + " "
				+ row.get("SAVED_SECONDS") + " " + row.get("NOT_COUNTED_REASON"))
			.containsExactly(InvoiceIntakeProcess.Elements.EXTRACT + " false 0 NOT_SUCCEEDED",
					InvoiceIntakeProcess.Elements.VALIDATE + " false 0 NOT_SUCCEEDED");
	}

	@Test
	void durationsAndCountsReadAsGerman() {
		assertThat(GermanText.durationOf(null)).isEqualTo("–");
		assertThat(GermanText.durationOf(42L)).isEqualTo("42 s");
		assertThat(GermanText.durationOf(180L)).isEqualTo("3 min");
		assertThat(GermanText.durationOf(330L)).isEqualTo("5,5 min");
		assertThat(GermanText.durationOf(3600L)).isEqualTo("1,0 h");
		assertThat(GermanText.durationOf(18720L)).isEqualTo("5,2 h");
		assertThat(GermanText.minutesOf(16140L)).isEqualTo("269 min");
		assertThat(GermanText.minutesOf(15600L)).isEqualTo("260 min");
		assertThat(GermanText.minutesOf(16110L)).isEqualTo("268,5 min");
		assertThat(GermanText.countOf(1, "Maßnahme", "Maßnahmen")).isEqualTo("1 Maßnahme");
		assertThat(GermanText.countOf(0, "Maßnahme", "Maßnahmen")).isEqualTo("0 Maßnahmen");
		assertThat(GermanText.countOf(2, "Maßnahme", "Maßnahmen")).isEqualTo("2 Maßnahmen");
	}

	private ProcessInstance start(String invoice, boolean readOk, boolean autoApproved) {
		return runtime.startProcessInstanceByKey(KEY, invoice, Map.of("readOk", readOk, "autoApproved", autoApproved));
	}

	private WebClient web() {
		return new WebClient(port);
	}

	private JsonNode get(String path) throws IOException {
		HttpResponse<String> response = web().get(path, "martin", "martin");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static void clock(int year, int month, int day, int hour, int minute) {
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, minute)
			.atZone(ZoneId.of("Europe/Berlin")).toInstant()));
	}
}
