package de.kmuflow.invoice.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Books the approved invoice and archives it. */
@Component("postInvoiceDelegate")
class PostInvoiceDelegate implements JavaDelegate {

	private final InvoiceService invoices;

	PostInvoiceDelegate(InvoiceService invoices) {
		this.invoices = invoices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		invoices.post(InvoiceDelegates.ownInvoice(execution, invoices), "system");
	}
}
