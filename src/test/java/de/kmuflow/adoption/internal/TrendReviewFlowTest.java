package de.kmuflow.adoption.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import de.kmuflow.adoption.Trend;
import de.kmuflow.adoption.TrendReviewProcess;
import de.kmuflow.adoption.TrendReviewProcess.Variables;
import de.kmuflow.adoption.internal.TrendViews.MeasureView;
import de.kmuflow.adoption.internal.TrendViews.NewMeasure;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The trend review in the running application: the deployed model's timer (its cron from the
 * configuration) starts it, the form shows the quarter's figures from the ledger, and the
 * manager's decisions end up as measures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TrendReviewFlowTest {

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	RepositoryService repository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ActivityCatalogue catalogue;

	@Autowired
	HistoryCollector collector;

	@Autowired
	TrendService trends;

	@Autowired
	MeasureRepository measures;

	@AfterEach
	void putTheTimerBack() {
		ClockUtil.reset();
		// the next review as the schedule says from today, as at a start of the application
		management.recalculateJobDuedate(timer().getId(), false);
	}

	@Test
	void timerStartsTheReviewWhoseDecisionsBecomeMeasures() {
		// given work saved in the third quarter of 2018: checked (4 minutes, Cybersicherheit), filed (1.5, no trend)
		ProcessDefinition checks = SavingCheckModel.deploy(repository, catalogue, jdbc, "4");
		ClockUtil.setCurrentTime(at(2018, 8, 15, 10, 0));
		runtime.startProcessInstanceById(checks.getId(), Map.of("confirm", false));
		collector.collect();
		MeasureView firewall = trends.addMeasure(Trend.CYBERSECURITY.name(),
				new NewMeasure("Firewall erneuern", "IT", LocalDate.of(2019, 3, 31), null, null, null), "martin");
		MeasureView passwords = trends.addMeasure(Trend.CYBERSECURITY.name(),
				new NewMeasure("Passwort-Manager einführen", "IT", LocalDate.of(2018, 9, 28), null, null, null), "martin");

		// when the quarterly timer fires on the first day of the next quarter
		Job timer = timer();
		assertThat(timer.getDuedate()).isAfter(new Date());
		ClockUtil.setCurrentTime(at(2018, 10, 1, 6, 0));
		management.executeJob(timer.getId());

		// then management reviews the third quarter with its figures
		Task review = tasks.createTaskQuery().processDefinitionKey(TrendReviewProcess.KEY).active().singleResult();
		assertThat(review.getTaskDefinitionKey()).isEqualTo(TrendReviewProcess.Elements.REVIEW);
		assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting("groupId").containsExactly("management");
		Map<String, Object> form = tasks.getVariablesLocal(review.getId());
		assertThat(form.get(Variables.QUARTER)).isEqualTo("3. Quartal 2018 (01.07.2018 – 30.09.2018)");
		// minutes below an hour, not "0,09 Stunden"
		assertThat((String) form.get(Variables.HOURS_SAVED)).startsWith("5,5 min in 2 ");
		assertThat((String) form.get(Variables.SAVED_BY_TREND)).contains("Cybersicherheit: 4 min (72,7 %)")
			.contains("ohne Trend: 1,5 min (27,3 %)");
		// the measure whose date passed is shown as overdue, apart and first; the other is not
		assertThat((String) form.get(Variables.OVERDUE_MEASURES))
			.contains("#" + passwords.id() + " – Cybersicherheit – Passwort-Manager einführen")
			.contains("ÜBERFÄLLIG").doesNotContain("Firewall erneuern");
		assertThat((String) form.get(Variables.MEASURES)).contains("#" + firewall.id() + " – Cybersicherheit – Firewall erneuern");
		assertThat((String) form.get(Variables.SCORES)).contains("Cybersicherheit: ");
		// and the next review is scheduled for the quarter after
		assertThat(timer().getDuedate()).isEqualTo(at(2019, 1, 1, 6, 0));

		// a wrong line stops the completion and saves nothing
		tasks.claim(review.getId(), "martin");
		assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of(Variables.NEW_MEASURES,
				"Nachhaltigkeit; Ökostrom beziehen", Variables.MEASURE_UPDATES, "999999; erledigt")))
			.isInstanceOf(ProcessEngineException.class).hasMessageContaining("Maßnahme 999999 gibt es nicht");
		assertThat(trends.measures(false)).extracting(MeasureView::title).doesNotContain("Ökostrom beziehen");

		// when the manager records decisions
		ClockUtil.setCurrentTime(at(2018, 10, 5, 9, 0));
		tasks.complete(review.getId(), Map.of(Variables.NEW_MEASURES,
				"Nachhaltigkeit; Ökostrom beziehen; Frau Grün; 31.12.2019\nKI-Integration; Belege per KI vorkontieren",
				Variables.MEASURE_UPDATES, firewall.id() + "; in Arbeit; 60; 30.06.2019; Angebot bestellt"));

		// then they are measures
		MeasureView greenPower = trends.measures(false).stream()
			.filter(measure -> measure.title().equals("Ökostrom beziehen")).findFirst().orElseThrow();
		assertThat(greenPower.trendId()).isEqualTo(Trend.SUSTAINABILITY.name());
		assertThat(greenPower.owner()).isEqualTo("Frau Grün");
		assertThat(greenPower.targetDate()).isEqualTo(LocalDate.of(2019, 12, 31));
		assertThat(greenPower.status()).isEqualTo(MeasureStatus.PLANNED);
		assertThat(greenPower.notes()).isEqualTo("Beschlossen im Trend-Review Q3/2018 (martin)");
		assertThat(trends.measures(false)).anySatisfy(measure -> {
			assertThat(measure.title()).isEqualTo("Belege per KI vorkontieren");
			assertThat(measure.trendId()).isEqualTo(Trend.AI_INTEGRATION.name());
			assertThat(measure.targetDate()).isNull();
		});
		MeasureEntity changed = measures.findById(firewall.id()).orElseThrow();
		assertThat(changed.status).isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(changed.progress).isEqualTo(60);
		assertThat(changed.targetDate).isEqualTo(LocalDate.of(2019, 6, 30));
		assertThat(changed.notes).isEqualTo("Trend-Review Q3/2018 (martin): Angebot bestellt");
		assertThat(changed.updatedBy).isEqualTo("martin");
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(TrendReviewProcess.KEY).count()).isZero();
		// (dropped again, so other tests' dashboards stay as they were)
		trends.changeMeasure(passwords.id(), new MeasureChange(null, null, null, MeasureStatus.DROPPED, null, null, null),
				"martin");
	}

	private Job timer() {
		return management.createJobQuery().processDefinitionKey(TrendReviewProcess.KEY).timers().singleResult();
	}

	private static Date at(int year, int month, int day, int hour, int minute) {
		return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.systemDefault()).toInstant());
	}
}
