package de.kmuflow.invoice.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reads the stored original into the invoice's fields. */
@Component("extractInvoiceDelegate")
class ExtractInvoiceDelegate implements JavaDelegate {

	private final InvoiceService invoices;

	ExtractInvoiceDelegate(InvoiceService invoices) {
		this.invoices = invoices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		invoices.extract(InvoiceDelegates.ownInvoice(execution, invoices));
	}
}
