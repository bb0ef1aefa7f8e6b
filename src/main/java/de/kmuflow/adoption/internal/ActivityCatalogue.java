package de.kmuflow.adoption.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps, per deployed process definition (each version has its own id), the steps whose model
 * says they save work. Each model is read once; the tables are the cache, and the ledger
 * query joins them, so any process deployed from the Modeler is counted without code knowing it.
 */
@Component
class ActivityCatalogue {

	private final RepositoryService repository;
	private final JdbcTemplate jdbc;
	private final Clock clock;

	ActivityCatalogue(RepositoryService repository, JdbcTemplate jdbc, Clock clock) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Reads the models of definitions deployed since the last call; returns how many were read. */
	int update() {
		Set<String> known = new HashSet<>(
				jdbc.queryForList("select process_definition_id from adoption_model", String.class));
		int read = 0;
		for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
			if (!known.contains(definition.getId())) {
				read(definition);
				read++;
			}
		}
		return read;
	}

	private void read(ProcessDefinition definition) {
		BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
		List<ModelSavings.ActivitySaving> savings = ModelSavings.of(model, definition.getKey());
		ModelSavings.Rules rules = ModelSavings.rules(model, definition.getKey());
		jdbc.update("""
				insert into adoption_model (process_definition_id, process_key, process_name, version, read_at,
				  once_per_business_key, decision_activity, decision_variable)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", definition.getId(), definition.getKey(), definition.getName(),
				definition.getVersion(), Timestamp.from(clock.instant()), rules.oncePerBusinessKey(),
				rules.decisionActivity(), rules.decisionVariable());
		for (ModelSavings.ActivitySaving saving : savings) {
			jdbc.update("""
					insert into adoption_activity (process_definition_id, activity_id, activity_name, manual_minutes, trend,
					  saved_when)
					values (?, ?, ?, ?, ?, ?)""", definition.getId(), saving.activityId(), saving.activityName(),
					saving.manualMinutes(), saving.trend(), saving.savedWhen());
		}
	}
}
