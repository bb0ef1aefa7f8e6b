package de.kmuflow.invoice.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The supplier's invoice will not be processed (e.g. sent in error): it is kept, marked cancelled. */
@Component("cancelInvoiceDelegate")
class CancelInvoiceDelegate implements JavaDelegate {

	private final InvoiceRecords records;
	private final InvoiceApproval approval;

	CancelInvoiceDelegate(InvoiceRecords records, InvoiceApproval approval) {
		this.records = records;
		this.approval = approval;
	}

	@Override
	public void execute(DelegateExecution execution) {
		approval.cancel(InvoiceDelegates.ownInvoice(execution, records), InvoiceRecords.SYSTEM);
	}
}
