package de.kmuflow.platform.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How often an external task is tried and how long its worker waits between tries: the
 * {@code camunda:failedJobRetryTimeCycle} the process owner set on the task in the Modeler, in the form
 * {@code R3/PT1M} (three tries, a minute apart). Without one: {@link #DEFAULT}.
 */
@Component
class RetryCycles {

	record Cycle(int tries, Duration backOff) {
	}

	static final Cycle DEFAULT = new Cycle(3, Duration.ofMinutes(1));

	private static final Logger log = LoggerFactory.getLogger(RetryCycles.class);
	private static final Pattern REPEAT = Pattern.compile("R(\\d+)/(P\\S+)");

	private final RepositoryService repository;
	private final Map<String, Cycle> cycles = new ConcurrentHashMap<>();

	RetryCycles(RepositoryService repository) {
		this.repository = repository;
	}

	Cycle of(String processDefinitionId, String activityId) {
		return cycles.computeIfAbsent(processDefinitionId + "#" + activityId, key -> read(processDefinitionId, activityId));
	}

	private Cycle read(String processDefinitionId, String activityId) {
		BaseElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
		if (element == null || element.getExtensionElements() == null) {
			return DEFAULT;
		}
		return element.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
			.list().stream().findFirst()
			.map(cycle -> parse(cycle.getTextContent(), activityId))
			.orElse(DEFAULT);
	}

	static Cycle parse(String text, String activityId) {
		Matcher repeat = REPEAT.matcher(text == null ? "" : text.strip());
		if (repeat.matches()) {
			try {
				return new Cycle(Math.max(1, Integer.parseInt(repeat.group(1))), Duration.parse(repeat.group(2)));
			}
			catch (RuntimeException malformed) {
				// reported below
			}
		}
		log.warn("retry cycle \"{}\" of {} is not of the form R3/PT1M: {} tries, {} apart", text, activityId,
				DEFAULT.tries(), DEFAULT.backOff());
		return DEFAULT;
	}
}
