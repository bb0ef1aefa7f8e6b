package de.kmuflow.adoption.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/** Deploys the test process {@code adoption/saving-check.bpmn} with the minutes its check step saves. */
final class SavingCheckModel {

	static final String KEY = "adoption-saving-check";
	static final String CHECK = "serviceTask_check";
	static final String CONFIRM = "userTask_confirm";
	static final String FILE = "serviceTask_file";
	static final String DONE = "endEvent_done";

	private SavingCheckModel() {
	}

	/** A new version whose check step saves the given minutes. */
	static ProcessDefinition deploy(RepositoryService repository, String checkMinutes) {
		String model;
		try (InputStream in = SavingCheckModel.class.getResourceAsStream("/adoption/saving-check.bpmn")) {
			model = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("CHECK_MINUTES", checkMinutes);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		String deploymentId = repository.createDeployment().name("saving-check " + checkMinutes)
			.addString("saving-check.bpmn", model).deploy().getId();
		return repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
	}
}
