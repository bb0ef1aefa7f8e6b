package de.kmuflow.invoice.internal;

import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reads the stored original into the invoice's fields and records whether that worked. */
@Component("extractInvoiceDelegate")
class ExtractInvoiceDelegate implements JavaDelegate {

	private final InvoiceService invoices;

	ExtractInvoiceDelegate(InvoiceService invoices) {
		this.invoices = invoices;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(Variables.EXTRACTION_SUCCEEDED, invoices.extract(InvoiceDelegates.ownInvoice(execution, invoices)));
	}
}
