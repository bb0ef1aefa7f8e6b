package de.kmuflow.adoption.internal;

import static de.kmuflow.adoption.CyberSelfCheckProcess.Elements.ADOPT;
import static de.kmuflow.adoption.CyberSelfCheckProcess.Elements.ALL_MET;
import static de.kmuflow.adoption.CyberSelfCheckProcess.Elements.ANSWER;
import static de.kmuflow.adoption.CyberSelfCheckProcess.Elements.DECIDE;
import static de.kmuflow.adoption.CyberSelfCheckProcess.Elements.MEASURES_DECIDED;
import static de.kmuflow.adoption.CyberSelfCheckProcess.Elements.SCORE;
import static de.kmuflow.adoption.CyberSelfCheckProcess.Elements.START_BY_HAND;
import static de.kmuflow.adoption.CyberSelfCheckProcess.Elements.START_SCHEDULED;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import de.kmuflow.adoption.CyberSelfCheckProcess;
import de.kmuflow.adoption.CyberSelfCheckProcess.Variables;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * cyber-self-check.bpmn on an isolated engine, every path: started by hand or by its yearly timer
 * (cron from the schedule bean), all met, or open requirements decided as measures. The scoring and
 * adopting steps are stand-ins here; {@code CyberSelfCheckFlowTest} runs the real ones.
 */
@Deployment(resources = { "processes/cyber-self-check.bpmn", "processes/forms/cyber-self-check.form",
		"processes/forms/cyber-self-check-measures.form" })
class CyberSelfCheckProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(1.0)
		.build();

	private int openRequirements;
	private final List<Object> adopted = new ArrayList<>();

	@BeforeEach
	void registerStandIns() {
		BpmnAwareTests.init(engine.getProcessEngine());
		ClockUtil.setCurrentTime(at(2026, 5, 20, 10, 0));
		Mocks.register("cyberSelfCheckSchedule", new CronSchedule("0 0 8 15 1 ?"));
		Mocks.register("scoreCyberSelfCheck", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
			execution.setVariable(Variables.OPEN, openRequirements);
			execution.setVariable(Variables.ADOPT, openRequirements == 0 ? "" : "BAK_2\nORG_2");
		});
		Mocks.register("adoptCyberMeasures", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> adopted
			.add(execution.getVariable(Variables.ADOPT)));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void startedByHandAllMetEndsWithoutMeasures() {
		ProcessInstance check = runtimeService().startProcessInstanceByMessage(CyberSelfCheckProcess.REQUESTED);
		assertThat(check).isWaitingAt(ANSWER);
		assertThat(task(check)).hasCandidateGroup("management");
		Assertions.assertThat(taskService().createTaskQuery().processInstanceId(check.getId()).initializeFormKeys()
			.singleResult().getCamundaFormRef().getKey()).isEqualTo("cyber-self-check");

		openRequirements = 0;
		complete(task(check));

		assertThat(check).isEnded().hasPassedInOrder(START_BY_HAND, ANSWER, SCORE, ALL_MET).hasNotPassed(DECIDE);
		Assertions.assertThat(adopted).isEmpty();
	}

	@Test
	void openRequirementsAreDecidedAndAdoptedAsMeasures() {
		ProcessInstance check = runtimeService().startProcessInstanceByMessage(CyberSelfCheckProcess.REQUESTED);
		openRequirements = 2;
		complete(task(check));

		assertThat(check).isWaitingAt(DECIDE);
		assertThat(task(check)).hasCandidateGroup("management");
		Assertions.assertThat(taskService().createTaskQuery().processInstanceId(check.getId()).initializeFormKeys()
			.singleResult().getCamundaFormRef().getKey()).isEqualTo("cyber-self-check-measures");

		// management keeps one of the two proposed
		complete(task(check), Map.of(Variables.ADOPT, "BAK_2", Variables.OWNER, "Frau Berg", Variables.DUE, "2026-09-30"));

		assertThat(check).isEnded().hasPassedInOrder(START_BY_HAND, ANSWER, SCORE, DECIDE, ADOPT, MEASURES_DECIDED);
		Assertions.assertThat(adopted).containsExactly("BAK_2");
	}

	@Test
	void theCheckRepeatsYearlyByItsTimer() {
		Job timer = managementService().createJobQuery().processDefinitionKey(CyberSelfCheckProcess.KEY).timers()
			.singleResult();
		Assertions.assertThat(timer.getDuedate()).isEqualTo(at(2027, 1, 15, 8, 0));

		ClockUtil.setCurrentTime(timer.getDuedate());
		managementService().executeJob(timer.getId());

		ProcessInstance check = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(CyberSelfCheckProcess.KEY).singleResult();
		assertThat(check).isWaitingAt(ANSWER).hasPassed(START_SCHEDULED);
		// and the next one a year later
		Assertions.assertThat(managementService().createJobQuery().processDefinitionKey(CyberSelfCheckProcess.KEY)
			.timers().singleResult().getDuedate()).isEqualTo(at(2028, 1, 15, 8, 0));
	}

	private static Date at(int year, int month, int day, int hour, int minute) {
		return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.systemDefault()).toInstant());
	}
}
