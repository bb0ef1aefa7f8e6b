package de.kmuflow.adoption.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.JdbcTemplate;

/** Deploys the test process {@code adoption/saving-check.bpmn} with the minutes its check step saves. */
final class SavingCheckModel {

	static final String KEY = "adoption-saving-check";
	static final String CHECK = "serviceTask_check";
	static final String CONFIRM = "userTask_confirm";
	static final String FILE = "serviceTask_file";
	static final String DONE = "endEvent_done";

	private SavingCheckModel() {
	}

	/**
	 * A new version whose check step saves the given minutes and whose filing step counts "ohne Trend":
	 * a model without a trend is refused at deployment now, so the catalogue entry of the filing step
	 * loses its trend as one read from a version deployed before that rule has none.
	 */
	static ProcessDefinition deploy(RepositoryService repository, ActivityCatalogue catalogue, JdbcTemplate jdbc,
			String checkMinutes) {
		String model;
		try (InputStream in = SavingCheckModel.class.getResourceAsStream("/adoption/saving-check.bpmn")) {
			model = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("CHECK_MINUTES", checkMinutes);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		String deploymentId = repository.createDeployment().name("saving-check " + checkMinutes)
			.addString("saving-check.bpmn", model).deploy().getId();
		ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();
		catalogue.update();
		jdbc.update("update adoption_activity set trend = null where process_definition_id = ? and activity_id = ?",
				definition.getId(), FILE);
		return definition;
	}
}
