package de.kmuflow.platform.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.kmuflow.platform.ModelCheck;
import de.kmuflow.platform.ProcessContract;
import de.kmuflow.platform.StepRefused;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionDefinitionDeployer;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every new deployment (kmu-flow's own models at start, a process owner's from Camunda Modeler)
 * passes the {@link ModelCheck}s before the engine takes it: a model that lacks what kmu-flow's
 * code or its time-saved figures need is refused as a whole, with a German sentence naming what is
 * missing (400 on {@code /engine-rest/deployment/create}). A decision table that replaces the one
 * holding a decision a process of kmu-flow evaluates (same file name or same DRD id) must keep that
 * decision's key. Definitions loaded again into the cache are not checked: they were when they came.
 */
@Component
class CheckedDeployments extends AbstractProcessEnginePlugin {

	private final ObjectProvider<ModelCheck> checks;
	private final ObjectProvider<ProcessContract> contracts;

	CheckedDeployments(ObjectProvider<ModelCheck> checks, ObjectProvider<ProcessContract> contracts) {
		this.checks = checks;
		this.contracts = contracts;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<Deployer> deployers = new ArrayList<>();
		if (configuration.getCustomPreDeployers() != null) {
			deployers.addAll(configuration.getCustomPreDeployers());
		}
		deployers.add(this::check);
		configuration.setCustomPreDeployers(deployers);
	}

	private void check(DeploymentEntity deployment) {
		if (!deployment.isNew()) {
			return;
		}
		List<String> refusals = new ArrayList<>();
		for (ResourceEntity resource : deployment.getResources().values()) {
			if (isDmn(resource.getName())) {
				refusals.addAll(decisionsMissing(resource));
			}
			if (!isBpmn(resource.getName())) {
				continue;
			}
			BpmnModelInstance model;
			try {
				model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
			}
			catch (RuntimeException unreadable) {
				// the engine's own parser refuses it with its findings
				continue;
			}
			for (Process process : model.getModelElementsByType(Process.class)) {
				List<String> missing = new ArrayList<>();
				BpmnModelInstance deployed = deployedModel(process.getId());
				checks.orderedStream().forEach(check -> missing.addAll(check.missing(process, model, deployed)));
				if (!missing.isEmpty()) {
					refusals.add("Prozess „" + process.getId() + "“ in „" + resource.getName() + "“: "
							+ String.join("; ", missing) + ".");
				}
			}
		}
		if (!refusals.isEmpty()) {
			throw new StepRefused("Das Modell wurde nicht übernommen, weil kmu-flow Folgendes darin braucht. "
					+ String.join(" ", refusals));
		}
	}

	/** The decisions the processes evaluate that this table, replacing the one that held them, drops. */
	private List<String> decisionsMissing(ResourceEntity resource) {
		DmnModelInstance model;
		try {
			model = Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
		}
		catch (RuntimeException unreadable) {
			// the engine's own parser refuses it with its findings
			return List.of();
		}
		String drd = model.getDefinitions() == null ? null : model.getDefinitions().getId();
		List<String> decisions = model.getModelElementsByType(Decision.class).stream().map(Decision::getId).toList();
		List<String> refusals = new ArrayList<>();
		contracts.orderedStream().forEach(contract -> contract.decisionKeys().stream().sorted().forEach(key -> {
			if (decisions.contains(key)) {
				return;
			}
			DecisionDefinitionEntity latest = Context.getCommandContext()
				.getDecisionDefinitionManager()
				.findLatestDecisionDefinitionByKey(key);
			if (latest != null && (resource.getName().equals(latest.getResourceName())
					|| drd != null && drd.equals(latest.getDecisionRequirementsDefinitionKey()))) {
				refusals.add("Entscheidungstabelle „" + resource.getName() + "“: Entscheidung „" + key
						+ "“ fehlt (der Prozess „" + contract.processKey() + "“ wertet sie aus).");
			}
		}));
		return refusals;
	}

	private static BpmnModelInstance deployedModel(String processKey) {
		ProcessDefinitionEntity latest = Context.getCommandContext()
			.getProcessDefinitionManager()
			.findLatestProcessDefinitionByKey(processKey);
		return latest == null ? null
				: Context.getProcessEngineConfiguration()
					.getDeploymentCache()
					.findBpmnModelInstanceForProcessDefinition(latest.getId());
	}

	private static boolean isDmn(String name) {
		return Arrays.stream(DecisionDefinitionDeployer.DMN_RESOURCE_SUFFIXES).anyMatch(name::endsWith);
	}

	private static boolean isBpmn(String name) {
		return Arrays.stream(BpmnDeployer.BPMN_RESOURCE_SUFFIXES).anyMatch(name::endsWith);
	}
}
