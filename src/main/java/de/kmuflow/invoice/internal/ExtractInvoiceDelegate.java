package de.kmuflow.invoice.internal;

import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reads the stored original into the invoice's fields and records whether that worked. */
@Component("extractInvoiceDelegate")
class ExtractInvoiceDelegate implements JavaDelegate {

	private final InvoiceRecords records;
	private final InvoiceReception reception;

	ExtractInvoiceDelegate(InvoiceRecords records, InvoiceReception reception) {
		this.records = records;
		this.reception = reception;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(Variables.EXTRACTION_SUCCEEDED, reception.extract(InvoiceDelegates.ownInvoice(execution, records)));
	}
}
