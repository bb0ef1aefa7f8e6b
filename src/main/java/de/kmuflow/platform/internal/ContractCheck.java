package de.kmuflow.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
			Set<String> messages = model.getModelElementsByType(Message.class).stream()
				.map(Message::getName)
				.collect(Collectors.toSet());
			contract.messageNames().stream()
				.filter(name -> !messages.contains(name))
				.sorted()
				.forEach(name -> missing.add("Nachricht „" + name + "“ fehlt"));
			Set<String> called = model.getModelElementsByType(BusinessRuleTask.class).stream()
				.map(BusinessRuleTask::getCamundaDecisionRef)
				.collect(Collectors.toSet());
			contract.decisionKeys().stream()
				.filter(key -> !called.contains(key))
				.sorted()
				.forEach(key -> missing.add("Aufruf der Entscheidung „" + key + "“ fehlt"));
		});
		return missing;
	}
}
