package de.kmuflow.invoice.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Binds a starting invoice process to its invoice, and refuses the start when the invoice already
 * has a process (a second start by hand or over the REST API would run intake again).
 */
@Component("invoiceStartListener")
class InvoiceStartListener implements ExecutionListener {

	private final InvoiceService invoices;

	InvoiceStartListener(InvoiceService invoices) {
		this.invoices = invoices;
	}

	@Override
	public void notify(DelegateExecution execution) {
		invoices.bindProcess(InvoiceDelegates.invoiceId(execution), execution.getProcessInstanceId());
	}
}
