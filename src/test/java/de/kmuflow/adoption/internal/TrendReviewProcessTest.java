package de.kmuflow.adoption.internal;

import static de.kmuflow.adoption.TrendReviewProcess.Elements.END;
import static de.kmuflow.adoption.TrendReviewProcess.Elements.REVIEW;
import static de.kmuflow.adoption.TrendReviewProcess.Elements.START;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import de.kmuflow.adoption.Trend;
import de.kmuflow.adoption.TrendReviewProcess;
import de.kmuflow.adoption.TrendReviewProcess.Variables;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * trend-review.bpmn on an isolated engine: the quarterly timer (its cron from the schedule bean)
 * starts the review for management, the form gets the figures, completion hands the decisions on.
 * The listener is the real one; the review behind it is a stand-in.
 */
@Deployment(resources = { "processes/trend-review.bpmn", "processes/forms/trend-review.form" })
class TrendReviewProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private static final Quarter SECOND_QUARTER = new Quarter(2026, 2);

	private final TrendReview trendReview = mock(TrendReview.class);

	@BeforeEach
	void registerStandIns() {
		BpmnAwareTests.init(engine.getProcessEngine());
		// the timer is scheduled when the model is deployed, after this method
		ClockUtil.setCurrentTime(at(2026, 5, 20, 10, 0));
		Mocks.register("trendReviewSchedule", new TrendReviewSchedule("0 0 6 1 1,4,7,10 ?"));
		Mocks.register("trendReviewTaskListener", new TrendReviewTaskListener(trendReview));
		when(trendReview.quarterBefore(any())).thenReturn(SECOND_QUARTER);
		when(trendReview.formValues(eq(SECOND_QUARTER), any())).thenReturn(Map.of(Variables.QUARTER, SECOND_QUARTER.label(),
				Variables.HOURS_SAVED, "12,50 Stunden", Variables.MEASURES, "#1 – Cybersicherheit – Backup-Konzept"));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void quarterlyTimerStartsTheReviewForManagement() {
		// given the timer of the deployed model
		Job timer = startTimer();
		Assertions.assertThat(timer.getDuedate()).isEqualTo(at(2026, 7, 1, 6, 0));
		Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();

		// when the engine's clock reaches the first day of the quarter
		ClockUtil.setCurrentTime(at(2026, 7, 1, 6, 0));
		managementService().executeJob(timer.getId());

		// then management has the review, with the quarter's figures in its form
		ProcessInstance review = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(TrendReviewProcess.KEY).singleResult();
		assertThat(review).isWaitingAt(REVIEW);
		assertThat(task(review)).hasCandidateGroup("management");
		Task withForm = taskService().createTaskQuery().processInstanceId(review.getId()).initializeFormKeys()
			.singleResult();
		Assertions.assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo("trend-review");
		Assertions.assertThat(taskService().getVariablesLocal(withForm.getId()))
			.containsEntry(Variables.QUARTER, "2. Quartal 2026 (01.04.2026 – 30.06.2026)")
			.containsEntry(Variables.HOURS_SAVED, "12,50 Stunden")
			.containsEntry(TrendReviewTaskListener.QUARTER_START, "2026-04-01");
		// and the next quarter's review is scheduled
		Assertions.assertThat(startTimer().getDuedate()).isEqualTo(at(2026, 10, 1, 6, 0));
	}

	@Test
	void aChangedScheduleMovesTheWaitingTimerAtStartUp() {
		// the quarterly timer waits for 1 July; the setting now says: every month on the 15th
		TrendReviewSchedule monthly = new TrendReviewSchedule("0 0 7 15 * ?");
		Mocks.register("trendReviewSchedule", monthly);

		new TrendReviewTimer(managementService(), monthly).run(null);

		Assertions.assertThat(startTimer().getDuedate()).isEqualTo(at(2026, 6, 15, 7, 0));
	}

	@Test
	void aDueReviewMissedWhileTheSystemWasDownStillRuns() {
		ClockUtil.setCurrentTime(at(2026, 7, 2, 8, 0));

		new TrendReviewTimer(managementService(), new TrendReviewSchedule("0 0 7 15 * ?")).run(null);

		Assertions.assertThat(startTimer().getDuedate()).isEqualTo(at(2026, 7, 1, 6, 0));
	}

	@Test
	void decisionsAreHandedOnAsMeasures() {
		ProcessInstance review = fireTimer();

		complete(task(review), Map.of(Variables.NEW_MEASURES,
				"Cybersicherheit; Notfallplan schreiben; Frau Berg; 30.06.2027\nNachhaltigkeit; Energieverbrauch messen",
				Variables.MEASURE_UPDATES, "#1; erledigt; ; ; Konzept abgenommen", Variables.REVIEW_NOTES, "gut",
				"milestonesChecked", true));

		ArgumentCaptor<ReviewDecisions> decisions = ArgumentCaptor.forClass(ReviewDecisions.class);
		verify(trendReview).apply(decisions.capture(), eq(SECOND_QUARTER), any());
		Assertions.assertThat(decisions.getValue().newMeasures()).containsExactly(
				new ReviewDecisions.NewLine(Trend.CYBERSECURITY, "Notfallplan schreiben", "Frau Berg",
						LocalDate.of(2027, 6, 30)),
				new ReviewDecisions.NewLine(Trend.SUSTAINABILITY, "Energieverbrauch messen", null, null));
		Assertions.assertThat(decisions.getValue().changes()).containsExactly(
				new ReviewDecisions.ChangeLine(1, MeasureStatus.DONE, null, null, "Konzept abgenommen"));
		assertThat(review).isEnded().hasPassedInOrder(START, REVIEW, END);
	}

	@Test
	void aWrongLineKeepsTheTaskOpenAndSavesNothing() {
		ProcessInstance review = fireTimer();
		String taskId = task(review).getId();

		assertThatThrownBy(() -> taskService().complete(taskId,
				Map.of(Variables.NEW_MEASURES, "Raumfahrt; Mondlandung planen")))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Zeile 1")
			.hasMessageContaining("unbekannter Trend 'Raumfahrt'");

		verify(trendReview, never()).apply(any(), any(), any());
		assertThat(review).isWaitingAt(REVIEW);
	}

	private ProcessInstance fireTimer() {
		Job timer = startTimer();
		ClockUtil.setCurrentTime(timer.getDuedate());
		managementService().executeJob(timer.getId());
		return runtimeService().createProcessInstanceQuery().processDefinitionKey(TrendReviewProcess.KEY)
			.singleResult();
	}

	private static Job startTimer() {
		return managementService().createJobQuery().processDefinitionKey(TrendReviewProcess.KEY).timers()
			.singleResult();
	}

	private static Date at(int year, int month, int day, int hour, int minute) {
		return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.systemDefault()).toInstant());
	}
}
