package de.kmuflow.invoice.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks the invoice and writes whether it needs review, its amount and category for the decision table. */
@Component("validateInvoiceDelegate")
class ValidateInvoiceDelegate implements JavaDelegate {

	private final InvoiceRecords records;
	private final InvoiceChecks checks;

	ValidateInvoiceDelegate(InvoiceRecords records, InvoiceChecks checks) {
		this.records = records;
		this.checks = checks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		InvoiceDelegates.writeRouting(execution, checks.validate(InvoiceDelegates.ownInvoice(execution, records)));
	}
}
