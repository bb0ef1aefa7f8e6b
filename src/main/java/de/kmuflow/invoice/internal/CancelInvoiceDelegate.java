package de.kmuflow.invoice.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The supplier's invoice will not be processed (e.g. sent in error): it is kept, marked cancelled. */
@Component("cancelInvoiceDelegate")
class CancelInvoiceDelegate implements JavaDelegate {

	private final InvoiceService invoices;

	CancelInvoiceDelegate(InvoiceService invoices) {
		this.invoices = invoices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		invoices.cancel(InvoiceDelegates.ownInvoice(execution, invoices), "system");
	}
}
