package de.kmuflow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * On an engine of its own with full history: a process whose model asks for the latest values keeps each
 * variable's latest value in the history but no row for each change; any other process keeps both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LatestVariableHistoryTest {

	private ProcessEngine engine;

	@BeforeAll
	void engine() {
		var configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneInMemProcessEngineConfiguration()
			.setProcessEngineName("latest-variable-history")
			.setJdbcUrl("jdbc:h2:mem:latest-variable-history;DB_CLOSE_DELAY=-1")
			.setHistory(ProcessEngineConfiguration.HISTORY_FULL)
			.setJobExecutorActivate(false);
		configuration.getProcessEnginePlugins().add(new LatestVariableHistory());
		engine = configuration.buildProcessEngine();
		engine.getRepositoryService().createDeployment()
			.addString("latest.bpmn", model("latest", "<camunda:property name=\"variableHistory\" value=\"latest\" />"))
			.addString("full.bpmn", model("full", "<camunda:property name=\"manualMinutes\" value=\"1\" />"))
			.deploy();
	}

	@AfterAll
	void close() {
		engine.close();
	}

	@Test
	void aProcessThatAsksForTheLatestValuesKeepsNoRowPerChange() {
		String latest = startAndChange("latest");
		String full = startAndChange("full");

		HistoryService history = engine.getHistoryService();
		for (String instance : new String[] { latest, full }) {
			assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("amount")
				.singleResult().getValue()).as("the latest value stays in the history").isEqualTo(250.0);
		}
		assertThat(history.createHistoricDetailQuery().processInstanceId(latest).variableUpdates().count()).isZero();
		assertThat(history.createHistoricDetailQuery().processInstanceId(full).variableUpdates().count()).isEqualTo(3);
		// what else full history records is untouched
		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(latest).count()).isEqualTo(2);
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(latest).count()).isEqualTo(1);
	}

	/** Starts with two variables and changes one: three values in all. */
	private String startAndChange(String key) {
		RuntimeService runtime = engine.getRuntimeService();
		String instance = runtime.startProcessInstanceByKey(key, Map.of("amount", 120.0, "category", "Misc"))
			.getId();
		runtime.setVariable(instance, "amount", 250.0);
		return instance;
	}

	private static String model(String key, String property) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d_%1$s" targetNamespace="https://kmu-flow.de/test">
				  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <bpmn:extensionElements><camunda:properties>%2$s</camunda:properties></bpmn:extensionElements>
				    <bpmn:startEvent id="start" />
				    <bpmn:sequenceFlow id="toTask" sourceRef="start" targetRef="task" />
				    <bpmn:userTask id="task" />
				  </bpmn:process>
				</bpmn:definitions>
				""".formatted(key, property).strip();
	}
}
