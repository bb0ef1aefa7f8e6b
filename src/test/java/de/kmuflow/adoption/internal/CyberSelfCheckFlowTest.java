package de.kmuflow.adoption.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.adoption.CyberSelfCheckProcess;
import de.kmuflow.adoption.CyberSelfCheckProcess.Elements;
import de.kmuflow.adoption.CyberSelfCheckProcess.Variables;
import de.kmuflow.adoption.Trend;
import de.kmuflow.adoption.internal.TrendViews.MeasureView;
import de.kmuflow.platform.WebClient;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The cyber self-check with its real steps: answers scored into a traffic light and a report,
 * open requirements adopted as measures of the Cybersicherheit trend, whose adoption score moves
 * as the work is done; the report as CSV; the checks over time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CyberSelfCheckFlowTest {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	TrendService trends;

	@Autowired
	CyberSelfChecks checks;

	private final ObjectMapper json = new ObjectMapper();

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void openRequirementsBecomeMeasuresThatMoveTheTrendsScore() throws Exception {
		// given a check answered on 15 January 2025: a top requirement missing, two ordinary ones open
		ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2025, 1, 15, 9, 0).atZone(ZoneId.of("Europe/Berlin"))
			.toInstant()));
		ProcessInstance check = runtime.startProcessInstanceByMessage(CyberSelfCheckProcess.REQUESTED);
		Map<String, Object> answers = allYes();
		answers.put("answer_BAK_2", "nein");
		answers.put("answer_ORG_2", "nein");
		answers.put("answer_NET_5", "unklar");
		Task questionnaire = task(check);
		assertThat(questionnaire.getTaskDefinitionKey()).isEqualTo(Elements.ANSWER);

		// an answer missing stops the completion with a German message; nothing is stored
		Map<String, Object> incomplete = new HashMap<>(answers);
		incomplete.remove("answer_NET_1");
		int before = checks.history().size();
		assertThatThrownBy(() -> tasks.complete(questionnaire.getId(), incomplete))
			.isInstanceOf(ProcessEngineException.class).hasMessageContaining("NET_1").hasMessageContaining("nicht beantwortet");
		assertThat(checks.history()).hasSize(before);

		// when the questionnaire is complete
		tasks.complete(questionnaire.getId(), answers);

		// then: 38 of 43 points, yellow (one top requirement open), the top one first
		Map<String, Object> variables = runtime.getVariables(check.getId());
		assertThat(variables).containsEntry(Variables.SCORE, 88).containsEntry(Variables.STATUS, "YELLOW")
			.containsEntry(Variables.OPEN, 3).containsEntry(Variables.ADOPT, "BAK_2\nORG_2\nNET_5");
		assertThat((String) variables.get(Variables.REPORT_TEXT)).startsWith("Ampel gelb – erhöhtes Risiko, Erfüllungsgrad 88 von 100, 3 offene Anforderungen (davon 1 Top).")
			.contains("BAK_2 – TOP – Eine Sicherung außer Reichweite von Angreifern");
		long checkId = ((Number) variables.get(Variables.CHECK_ID)).longValue();
		Task decision = task(check);
		assertThat(decision.getTaskDefinitionKey()).isEqualTo(Elements.DECIDE);
		int scoreBefore = cyberScore();

		// when management keeps two of the three and names owner and date
		tasks.complete(decision.getId(), Map.of(Variables.ADOPT, "BAK_2\nNET_5", Variables.OWNER, "Frau Berg",
				Variables.DUE, "2025-03-31"));

		// then they are measures of the Cybersicherheit trend, and the check ended
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(check.getId()).singleResult()
			.getEndActivityId()).isEqualTo(Elements.MEASURES_DECIDED);
		CyberSelfChecks.Report report = checks.report(checkId);
		assertThat(report.open()).extracting(item -> item.requirement().id()).containsExactly("BAK_2", "ORG_2", "NET_5");
		assertThat(report.open().get(1).measureId()).isNull();
		MeasureView backup = measure(report.open().get(0).measureId());
		assertThat(backup.trendId()).isEqualTo(Trend.CYBERSECURITY.name());
		assertThat(backup.title()).isEqualTo("Cyber-Check: Eine Sicherung außer Reichweite von Angreifern");
		assertThat(backup.owner()).isEqualTo("Frau Berg");
		assertThat(backup.targetDate()).isEqualTo(LocalDate.of(2025, 3, 31));
		assertThat(backup.notes()).startsWith("Aus dem Cyber-Selbstcheck vom 15.01.2025, Anforderung BAK_2 (Top-Anforderung)");
		int scoreWithNewMeasures = cyberScore();
		assertThat(scoreWithNewMeasures).isLessThanOrEqualTo(scoreBefore);

		// the remaining one with one click on the report page (here: the same service), once only
		MeasureView inventory = checks.adopt(checkId, "ORG_2", "IT", LocalDate.of(2025, 6, 30), "martin");
		assertThat(checks.adopt(checkId, "ORG_2", "IT", LocalDate.of(2025, 6, 30), "martin").id()).isEqualTo(inventory.id());
		assertThatThrownBy(() -> checks.adopt(checkId, "IAM_1", null, null, "martin"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nicht offen");

		// when the measures are done, the trend's adoption score rises with them
		for (long measure : List.of(backup.id(), inventory.id(), checks.report(checkId).open().get(2).measureId())) {
			trends.changeMeasure(measure, new MeasureChange(null, null, null, MeasureStatus.DONE, null, null, null),
					"martin");
		}
		assertThat(cyberScore()).isGreaterThan(scoreWithNewMeasures);

		// the report as CSV, most important first, with the measures' numbers
		WebClient web = new WebClient(port);
		String[] csv = web.get("/api/adoption/cyber-checks/" + checkId + ".csv", "martin", "martin").body().split("\r\n");
		assertThat(csv).hasSize(4);
		assertThat(csv[1]).startsWith(checkId + ";2025-01-15;88;\"gelb\";1;\"BAK_2\";\"Datensicherung\";")
			.endsWith(";\"ja\";3;\"nein\";" + backup.id());
		assertThat(csv[3]).contains("\"NET_5\"").contains("\"unklar\"");

		// the report page lists the same, with the answers in words
		var page = web.get("/adoption/cyber-checks/" + checkId, "martin", "martin");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-requirement=\"BAK_2\"", "<td>nein</td>", "<td>unklar</td>");

		// and the checks over time, for the dashboard's chart
		JsonNode all = json.readTree(web.get("/api/adoption/cyber-checks", "martin", "martin").body());
		assertThat(all.findValuesAsText("answeredOn")).contains("2025-01-15");
		assertThat(web.get("/api/adoption/cyber-checks", "clara", "clara").statusCode()).isEqualTo(403);
	}

	private int cyberScore() {
		LocalDate today = trends.today();
		return trends.trend(Trend.CYBERSECURITY.name(), today.minusMonths(1), today).score();
	}

	private MeasureView measure(long id) {
		return trends.measures(false).stream().filter(measure -> measure.id() == id).findFirst().orElseThrow();
	}

	private Task task(ProcessInstance instance) {
		return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	static Map<String, Object> allYes() {
		Map<String, Object> answers = new HashMap<>();
		CyberCatalogue.REQUIREMENTS.forEach(requirement -> answers.put(requirement.formKey(), "ja"));
		return answers;
	}
}
