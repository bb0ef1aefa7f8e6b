package de.kmuflow.adoption.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.kmuflow.adoption.CyberSelfCheckProcess.Variables;
import de.kmuflow.adoption.internal.CyberCatalogue.Requirement;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Scores the questionnaire's answers and stores the check; writes score, traffic light, the number
 * of open requirements and the report text for the decision form, and proposes every open
 * requirement (most important first) to become a measure.
 */
@Component("scoreCyberSelfCheck")
class ScoreCyberSelfCheckDelegate implements JavaDelegate {

	private final CyberSelfChecks checks;

	ScoreCyberSelfCheckDelegate(CyberSelfChecks checks) {
		this.checks = checks;
	}

	/** A missing or unknown answer stops the completion with a German message naming it; nothing is stored. */
	@Override
	public void execute(DelegateExecution execution) {
		try {
			score(execution);
		}
		catch (IllegalArgumentException e) {
			throw new ProcessEngineException(e.getMessage(), e);
		}
	}

	private void score(DelegateExecution execution) {
		Map<String, CyberScore.Answer> answers = new HashMap<>();
		for (Requirement requirement : CyberCatalogue.REQUIREMENTS) {
			Object value = execution.getVariable(requirement.formKey());
			if (value != null) {
				answers.put(requirement.id(), CyberScore.Answer.parse(value).orElseThrow(() -> new IllegalArgumentException(
						"Antwort '" + value + "' zu " + requirement.id() + " („" + requirement.title()
								+ "“): erlaubt sind ja, nein oder unklar")));
			}
		}
		var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		CyberSelfChecks.Report report = checks.record(execution.getProcessInstanceId(), answers,
				authentication == null ? null : authentication.getUserId());
		execution.setVariable(Variables.CHECK_ID, report.check().id());
		execution.setVariable(Variables.SCORE, report.result().score());
		execution.setVariable(Variables.STATUS, report.result().status().name());
		execution.setVariable(Variables.OPEN, report.open().size());
		execution.setVariable(Variables.REPORT_TEXT, CyberSelfChecks.reportText(report));
		List<String> open = report.open().stream().map(item -> item.requirement().id()).toList();
		execution.setVariable(Variables.ADOPT, open.stream().collect(Collectors.joining("\n")));
	}
}
