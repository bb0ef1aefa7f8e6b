package de.kmuflow.platform.internal;

import java.util.List;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The processes for Prometheus, per process key: instances started and completed (from history),
 * running now, open incidents; and the open user tasks. Counted in the engine's tables when scraped,
 * so every node reports the same figures.
 */
@Component
class ProcessMetrics {

	private final RepositoryService repository;
	private final RuntimeService runtime;
	private final HistoryService history;
	private final TaskService tasks;
	private final MeterRegistry registry;

	ProcessMetrics(RepositoryService repository, RuntimeService runtime, HistoryService history, TaskService tasks,
			MeterRegistry registry) {
		this.repository = repository;
		this.runtime = runtime;
		this.history = history;
		this.tasks = tasks;
		this.registry = registry;
	}

	/** Once the engine has deployed the models, so their keys are known. */
	@EventListener(ApplicationReadyEvent.class)
	void register() {
		for (String key : processKeys()) {
			FunctionCounter.builder("kmuflow.process.instances.started", history,
					h -> h.createHistoricProcessInstanceQuery().processDefinitionKey(key).count())
				.description("Gestartete Vorgänge")
				.tag("process", key)
				.register(registry);
			FunctionCounter.builder("kmuflow.process.instances.completed", history,
					h -> h.createHistoricProcessInstanceQuery().processDefinitionKey(key).completed().count())
				.description("Regulär beendete Vorgänge")
				.tag("process", key)
				.register(registry);
			Gauge.builder("kmuflow.process.instances.running", runtime,
					r -> r.createProcessInstanceQuery().processDefinitionKey(key).count())
				.description("Laufende Vorgänge")
				.tag("process", key)
				.register(registry);
			Gauge.builder("kmuflow.process.incidents.open", runtime,
					r -> r.createIncidentQuery().processDefinitionKeyIn(key).count())
				.description("Offene Störungen (in Cockpit zu beheben)")
				.tag("process", key)
				.register(registry);
		}
		Gauge.builder("kmuflow.tasks.open", tasks, t -> t.createTaskQuery().count())
			.description("Offene Aufgaben in Tasklist")
			.register(registry);
	}

	/** The processes deployed when the registry is bound (kmu-flow's own models are deployed at start). */
	private List<String> processKeys() {
		try {
			return repository.createProcessDefinitionQuery().latestVersion().list().stream()
				.map(ProcessDefinition::getKey)
				.distinct()
				.sorted()
				.toList();
		}
		catch (RuntimeException e) {
			return List.of("invoice-intake", "inventory-reorder", "trend-review");
		}
	}
}
