package de.kmuflow.platform;

import java.util.List;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * A check a process model must pass before the engine deploys it (at start and from Camunda
 * Modeler alike). Implementations are beans without dependencies on the engine: they run while
 * the engine deploys its first models.
 */
public interface ModelCheck {

	/**
	 * What {@code process} lacks, each item a short German phrase naming the element and what is
	 * missing; empty when nothing is.
	 *
	 * @param model the model being deployed
	 * @param deployed the model of the version deployed so far under the same key, null for a new process
	 */
	List<String> missing(Process process, BpmnModelInstance model, BpmnModelInstance deployed);
}
