package de.kmuflow.invoice.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Books the approved invoice and archives it. */
@Component("postInvoiceDelegate")
class PostInvoiceDelegate implements JavaDelegate {

	private final InvoiceRecords records;
	private final InvoicePosting posting;

	PostInvoiceDelegate(InvoiceRecords records, InvoicePosting posting) {
		this.records = records;
		this.posting = posting;
	}

	@Override
	public void execute(DelegateExecution execution) {
		posting.post(InvoiceDelegates.ownInvoice(execution, records), InvoiceRecords.SYSTEM);
	}
}
