package de.kmuflow.invoice.internal;

import java.util.UUID;

import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the invoice process's delegates share: the invoice they work on, and the routing they write. */
final class InvoiceDelegates {

	private InvoiceDelegates() {
	}

	static UUID invoiceId(DelegateExecution execution) {
		return UUID.fromString((String) execution.getVariable(Variables.INVOICE_ID));
	}

	static void writeRouting(DelegateExecution execution, Routing routing) {
		execution.setVariable(Variables.NEEDS_REVIEW, routing.needsReview());
		execution.setVariable(Variables.AMOUNT, routing.amount());
		execution.setVariable(Variables.CATEGORY, routing.category());
		execution.setVariable(Variables.ESCALATION_DATE, routing.escalationDate());
		execution.setVariable(Variables.AUTO_APPROVED, routing.autoApproved());
	}

	/**
	 * A value the user sent when completing a task whose form was filled from task variables:
	 * Tasklist's form submission updates the task's own variable, a plain REST completion sets it
	 * on the process instance. The process never holds these names otherwise, so that value wins.
	 */
	static Object submittedValue(org.camunda.bpm.engine.delegate.DelegateTask task, String key) {
		Object onProcess = task.getExecution().getVariable(key);
		return onProcess != null ? onProcess : task.getVariableLocal(key);
	}

	static boolean submitted(org.camunda.bpm.engine.delegate.DelegateTask task, String key) {
		return task.getExecution().hasVariable(key) || task.hasVariableLocal(key);
	}

	/** The person acting: the logged-in user (Tasklist, REST), else the one the task is assigned to. */
	static String actingUser(org.camunda.bpm.engine.delegate.DelegateTask task) {
		var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		return task.getAssignee();
	}
}
