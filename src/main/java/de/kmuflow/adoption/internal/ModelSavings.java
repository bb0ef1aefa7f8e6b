package de.kmuflow.adoption.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.kmuflow.adoption.Trend;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads from a process model which steps replace manual work: the extension properties
 * {@code manualMinutes} (what the step costs by hand) and {@code trend} that a process owner sets
 * in Camunda Modeler's properties panel, and the rules that keep the figures honest:
 * <ul>
 * <li>{@code savedWhen} on a step: the boolean process variable that says the step succeeded and its
 * result was used; without it being true the step saves nothing (a failed extraction).</li>
 * <li>{@code savesOncePer=businessKey} on the process: a step saves once per business key (the
 * invoice), however many instances or retries touched it.</li>
 * <li>{@code automaticDecision} on the element that decides without a person: the boolean variable
 * that records the automatic decision; only instances that passed it with the variable true count
 * as finished without human touch.</li>
 * </ul>
 */
final class ModelSavings {

	static final String MANUAL_MINUTES = "manualMinutes";
	static final String TREND = "trend";
	static final String SAVED_WHEN = "savedWhen";
	static final String SAVES_ONCE_PER = "savesOncePer";
	static final String AUTOMATIC_DECISION = "automaticDecision";

	private static final Logger log = LoggerFactory.getLogger(ModelSavings.class);

	/** One step of a model that saves work. {@code trend} is a {@link Trend} name, or the model's own word. */
	record ActivitySaving(String activityId, String activityName, BigDecimal manualMinutes, String trend,
			String savedWhen) {
	}

	/**
	 * The process's own counting rules.
	 *
	 * @param oncePerBusinessKey each step saves at most once per business key
	 * @param decisionActivity the element that decides automatically, null when the model has none
	 * @param decisionVariable the boolean variable that records its automatic decision
	 */
	record Rules(boolean oncePerBusinessKey, String decisionActivity, String decisionVariable) {
	}

	private ModelSavings() {
	}

	static List<ActivitySaving> of(BpmnModelInstance model, String processKey) {
		List<ActivitySaving> savings = new ArrayList<>();
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			String minutes = property(node, MANUAL_MINUTES);
			if (minutes == null) {
				continue;
			}
			BigDecimal manualMinutes = minutes(minutes);
			if (manualMinutes == null) {
				log.warn("{}: {} has manualMinutes '{}', which is no number from 0 to 100000; it is not counted",
						processKey, node.getId(), minutes);
				continue;
			}
			savings.add(new ActivitySaving(node.getId(), node.getName(), manualMinutes,
					trendId(property(node, TREND), processKey, node.getId()), blankToNull(property(node, SAVED_WHEN))));
		}
		return savings;
	}

	/** The minutes a {@code manualMinutes} value names (German or English decimal), null unless 0 to 100,000. */
	static BigDecimal minutes(String value) {
		BigDecimal minutes;
		try {
			minutes = new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			return null;
		}
		return minutes.signum() < 0 || minutes.compareTo(BigDecimal.valueOf(100_000)) > 0 ? null : minutes;
	}

	static Rules rules(BpmnModelInstance model, String processKey) {
		boolean once = false;
		for (Process process : model.getModelElementsByType(Process.class)) {
			if (processKey.equals(process.getId())) {
				once = "businessKey".equalsIgnoreCase(String.valueOf(property(process, SAVES_ONCE_PER)).strip());
			}
		}
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			String variable = blankToNull(property(node, AUTOMATIC_DECISION));
			if (variable != null) {
				return new Rules(once, node.getId(), variable.strip());
			}
		}
		return new Rules(once, null, null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String trendId(String value, String processKey, String activityId) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Trend.parse(value).map(Trend::name).orElseGet(() -> {
			log.warn("{}: {} names the unknown trend '{}'; its time is shown under that name", processKey, activityId,
					value);
			String raw = value.strip().toUpperCase(Locale.ROOT);
			return raw.length() <= 40 ? raw : raw.substring(0, 40);
		});
	}

	static String property(BaseElement node, String name) {
		ExtensionElements extensions = node.getExtensionElements();
		if (extensions == null) {
			return null;
		}
		for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
			for (CamundaProperty property : properties.getCamundaProperties()) {
				if (name.equals(property.getCamundaName())) {
					return property.getCamundaValue();
				}
			}
		}
		return null;
	}
}
