package de.kmuflow.adoption.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import de.kmuflow.adoption.Trend;
import de.kmuflow.platform.ModelCheck;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The time-saved figures stay whole: a step that names a trend names the minutes it saves (as a
 * number), a step that names minutes names its trend, and a step the deployed version counts keeps
 * its minutes and its trend (a step that no longer saves anything says {@code manualMinutes} 0).
 * A trend must be one of the six. Steps counted "ohne Trend" or under an unknown trend remain only in
 * the figures of versions deployed before these rules.
 */
@Component
class CountedStepsCheck implements ModelCheck {

	/** "CYBERSECURITY oder Cybersicherheit, …": what a model may name, as a process owner reads it. */
	private static final String KNOWN_TRENDS = Arrays.stream(Trend.values())
		.map(trend -> trend.name() + " oder " + trend.germanName())
		.collect(Collectors.joining(", "));

	@Override
	public List<String> missing(Process process, BpmnModelInstance model, BpmnModelInstance deployed) {
		List<String> missing = new ArrayList<>();
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			if (!belongsTo(node, process)) {
				continue;
			}
			String minutes = ModelSavings.property(node, ModelSavings.MANUAL_MINUTES);
			String trend = ModelSavings.property(node, ModelSavings.TREND);
			FlowNode before = deployed != null && deployed.getModelElementById(node.getId()) instanceof FlowNode earlier
					? earlier : null;
			boolean counted = before != null && !isBlank(ModelSavings.property(before, ModelSavings.MANUAL_MINUTES));
			boolean hadTrend = before != null && !isBlank(ModelSavings.property(before, ModelSavings.TREND));
			if (isBlank(minutes) && (counted || !isBlank(trend))) {
				missing.add(step(node) + ": Eigenschaft „" + ModelSavings.MANUAL_MINUTES + "“ fehlt"
						+ (counted ? " (die Zeitersparnis zählt diesen Schritt)" : ""));
			}
			else if (!isBlank(minutes) && ModelSavings.minutes(minutes) == null) {
				missing.add(step(node) + ": „" + ModelSavings.MANUAL_MINUTES + "“ ist „" + minutes
						+ "“, keine Zahl von 0 bis 100000");
			}
			if (isBlank(trend) && counted && hadTrend) {
				missing.add(step(node) + ": Eigenschaft „" + ModelSavings.TREND + "“ fehlt (die Zeitersparnis zählt diesen"
						+ " Schritt)");
			}
			else if (isBlank(trend) && !isBlank(minutes)) {
				missing.add(step(node) + ": Eigenschaft „" + ModelSavings.TREND + "“ fehlt (wer „"
						+ ModelSavings.MANUAL_MINUTES + "“ angibt, nennt auch den Trend, z. B. HYPERAUTOMATION)");
			}
			else if (!isBlank(trend) && Trend.parse(trend).isEmpty()) {
				missing.add(step(node) + ": „" + ModelSavings.TREND + "“ ist „" + trend.strip()
						+ "“, keiner der sechs Trends (" + KNOWN_TRENDS + ")");
			}
		}
		return missing;
	}

	private static String step(FlowNode node) {
		return "Schritt „" + node.getId() + "“" + (isBlank(node.getName()) ? "" : " (" + node.getName() + ")");
	}

	private static boolean belongsTo(FlowNode node, Process process) {
		for (ModelElementInstance parent = node.getParentElement(); parent != null; parent = parent.getParentElement()) {
			if (parent instanceof Process owner) {
				return owner.getId().equals(process.getId());
			}
		}
		return false;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
