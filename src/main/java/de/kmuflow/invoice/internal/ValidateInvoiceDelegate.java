package de.kmuflow.invoice.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks the invoice and writes whether it needs review, its amount and category for the decision table. */
@Component("validateInvoiceDelegate")
class ValidateInvoiceDelegate implements JavaDelegate {

	private final InvoiceService invoices;

	ValidateInvoiceDelegate(InvoiceService invoices) {
		this.invoices = invoices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		InvoiceDelegates.writeRouting(execution, invoices.validate(InvoiceDelegates.ownInvoice(execution, invoices)));
	}
}
