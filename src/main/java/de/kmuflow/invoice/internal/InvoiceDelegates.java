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
}
