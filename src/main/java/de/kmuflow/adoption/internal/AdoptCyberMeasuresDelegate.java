package de.kmuflow.adoption.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import de.kmuflow.adoption.CyberSelfCheckProcess.Variables;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Makes the open requirements management kept in the decision form measures of the Cybersicherheit
 * trend, with the owner and due date given there. A requirement already adopted (from the report
 * page) is not adopted twice.
 */
@Component("adoptCyberMeasures")
class AdoptCyberMeasuresDelegate implements JavaDelegate {

	private final CyberSelfChecks checks;

	AdoptCyberMeasuresDelegate(CyberSelfChecks checks) {
		this.checks = checks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long checkId = ((Number) execution.getVariable(Variables.CHECK_ID)).longValue();
		Object owner = execution.getVariable(Variables.OWNER);
		var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String user = authentication == null ? null : authentication.getUserId();
		try {
			LocalDate due = date(execution.getVariable(Variables.DUE));
			for (String requirement : requirements(execution.getVariable(Variables.ADOPT))) {
				checks.adopt(checkId, requirement, owner == null ? null : owner.toString(), due, user);
			}
		}
		catch (IllegalArgumentException e) {
			// the decision task stays open with the message; no measure of this completion is kept
			throw new ProcessEngineException(e.getMessage(), e);
		}
	}

	/** One requirement id per line (or separated by commas or semicolons); blank lines are skipped. */
	static List<String> requirements(Object value) {
		if (value == null) {
			return List.of();
		}
		return Arrays.stream(value.toString().split("[\\n,;]+"))
			.map(String::strip)
			// a line may carry the title after the id ("BAK_2 – …"): the id is its first word
			.map(line -> line.split("[\\s–-]+", 2)[0])
			.filter(id -> !id.isEmpty())
			.distinct()
			.toList();
	}

	private static LocalDate date(Object value) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		String text = value.toString().strip();
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Zieltermin '" + text + "' ist kein Datum (JJJJ-MM-TT)");
		}
	}
}
