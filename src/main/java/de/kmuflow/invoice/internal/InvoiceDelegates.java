package de.kmuflow.invoice.internal;

import java.util.Map;
import java.util.UUID;

import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import de.kmuflow.platform.Incidents;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the invoice process's delegates share: the invoice they work on, and the routing they write. */
final class InvoiceDelegates {

	private InvoiceDelegates() {
	}

	private static final String INVOICE_ID_MEANING = "die ID der Rechnung in kmu-flow";

	static UUID invoiceId(DelegateExecution execution) {
		return Incidents.requiredId(execution, Variables.INVOICE_ID, INVOICE_ID_MEANING);
	}

	/** The invoice id among the variables fetched with an external task. */
	static UUID invoiceId(Map<String, Object> variables) {
		return Incidents.requiredId(variables, Variables.INVOICE_ID, INVOICE_ID_MEANING);
	}

	/** The invoice of this process, refused when the step runs in any other process than the invoice's own. */
	static UUID ownInvoice(DelegateExecution execution, InvoiceRecords invoices) {
		UUID id = invoiceId(execution);
		invoices.requireOwnProcess(id, execution.getProcessInstanceId());
		return id;
	}

	static void writeRouting(DelegateExecution execution, Routing routing) {
		execution.setVariable(Variables.NEEDS_REVIEW, routing.needsReview());
		execution.setVariable(Variables.AMOUNT, routing.amount());
		execution.setVariable(Variables.CATEGORY, routing.category());
		execution.setVariable(Variables.ESCALATION_DATE, routing.escalationDate());
		execution.setVariable(Variables.AUTO_APPROVED, routing.autoApproved());
	}
}
