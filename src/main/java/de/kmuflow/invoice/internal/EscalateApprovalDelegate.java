package de.kmuflow.invoice.internal;

import java.util.Date;
import java.util.List;

import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import de.kmuflow.platform.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approval took too long (the cash discount is at stake): management decides now. */
@Component("escalateApprovalDelegate")
class EscalateApprovalDelegate implements JavaDelegate {

	private static final long ONE_DAY_MILLIS = 24L * 60 * 60 * 1000;

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(Variables.APPROVER_GROUPS, List.of(Groups.MANAGEMENT));
		// management has a working day before the next reminder
		execution.setVariable(Variables.ESCALATION_DATE, new Date(System.currentTimeMillis() + ONE_DAY_MILLIS));
	}
}
