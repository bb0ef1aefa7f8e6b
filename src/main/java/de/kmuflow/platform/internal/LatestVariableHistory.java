package de.kmuflow.platform.internal;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Full history, except that a process whose model sets the property {@code variableHistory} to
 * {@code latest} keeps each variable's latest value in the history (ACT_HI_VARINST, which the figures and
 * drill-downs read) without a row for every value it ever had (ACT_HI_DETAIL, which nothing reads: neither
 * kmu-flow nor Cockpit or Tasklist). Such a process keeps its own audit trail of what changed; for the
 * invoice this saves a history row for each variable of each invoice.
 */
@Component
class LatestVariableHistory extends AbstractProcessEnginePlugin {

	static final String PROPERTY = "variableHistory";
	static final String LATEST = "latest";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {

			@Override
			public void parseProcess(Element process, ProcessDefinitionEntity definition) {
				// kept with the parsed definition, which the deployment cache holds
				definition.setProperty(PROPERTY, property(process));
			}
		});
		// the engine's own database handler, asked whether a value change gets its detail row
		if (configuration.getCustomHistoryEventHandlers() == null) {
			configuration.setCustomHistoryEventHandlers(new ArrayList<>());
		}
		configuration.setEnableDefaultDbHistoryEventHandler(false);
		configuration.getCustomHistoryEventHandlers().add(new DbHistoryEventHandler() {

			@Override
			protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity change) {
				return super.shouldWriteHistoricDetail(change) && !latestOnly(change.getProcessDefinitionId());
			}
		});
	}

	/** A definition the cache no longer holds keeps every row, as full history does. */
	private static boolean latestOnly(String processDefinitionId) {
		ProcessDefinitionEntity definition = processDefinitionId == null ? null
				: Context.getProcessEngineConfiguration().getDeploymentCache()
					.findProcessDefinitionFromCache(processDefinitionId);
		return definition != null && LATEST.equals(definition.getProperty(PROPERTY));
	}

	private static String property(Element process) {
		Element extensions = process.element("extensionElements");
		Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
		if (properties == null) {
			return null;
		}
		for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
			if (PROPERTY.equals(property.attribute("name"))) {
				return property.attribute("value");
			}
		}
		return null;
	}
}
