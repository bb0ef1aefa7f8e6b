package de.kmuflow.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.kmuflow.platform.ModelCheck;
import de.kmuflow.platform.ProcessContract;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A model of one of kmu-flow's processes keeps every element id and message name its code refers to,
 * and still calls the decisions the code expects it to evaluate.
 */
@Component
class ContractCheck implements ModelCheck {

	private final ObjectProvider<ProcessContract> contracts;

	ContractCheck(ObjectProvider<ProcessContract> contracts) {
		this.contracts = contracts;
	}

	@Override
	public List<String> missing(Process process, BpmnModelInstance model, BpmnModelInstance deployed) {
		List<String> missing = new ArrayList<>();
		contracts.orderedStream().filter(contract -> contract.processKey().equals(process.getId())).forEach(contract -> {
			contract.elementIds().stream()
				.filter(id -> model.getModelElementById(id) == null)
				.sorted()
				.forEach(id -> missing.add("Element „" + id + "“ fehlt"));
			lacking(contract.messageNames(), model.getModelElementsByType(Message.class).stream().map(Message::getName),
					"Nachricht „%s“ fehlt", missing);
			lacking(contract.decisionKeys(),
					model.getModelElementsByType(BusinessRuleTask.class).stream().map(BusinessRuleTask::getCamundaDecisionRef),
					"Aufruf der Entscheidung „%s“ fehlt", missing);
		});
		return missing;
	}

	/** Adds, in order, each needed name the model does not have, said with {@code phrase}. */
	private static void lacking(Set<String> needed, Stream<String> present, String phrase, List<String> missing) {
		Set<String> there = present.collect(Collectors.toSet());
		needed.stream().filter(name -> !there.contains(name)).sorted().forEach(name -> missing.add(phrase.formatted(name)));
	}
}
