package de.kmuflow.adoption;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = { "processes/trend-review.bpmn", "processes/forms/trend-review.form" })
class TrendReviewProcessTest {

	@RegisterExtension
	static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

	@BeforeEach
	void useThisEngine() {
		BpmnAwareTests.init(engine.getProcessEngine());
	}

	@Test
	void managementReviewsTheTrends() {
		// when
		ProcessInstance review = runtimeService().startProcessInstanceByKey("trend-review");

		// then
		assertThat(review).isWaitingAt("userTask_reviewTrendAdoption");
		assertThat(task(review)).hasCandidateGroup("management");
		Task withForm = taskService().createTaskQuery().processInstanceId(review.getId()).initializeFormKeys()
			.singleResult();
		Assertions.assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo("trend-review");
		complete(task(review), Map.of("reviewNotes", "Backup-Konzept fertig", "milestonesChecked", true));
		assertThat(review).isEnded().hasPassedInOrder("startEvent_quarterly", "userTask_reviewTrendAdoption",
				"endEvent_reviewed");
	}
}
