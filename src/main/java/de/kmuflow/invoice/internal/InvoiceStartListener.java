package de.kmuflow.invoice.internal;

import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Binds a starting invoice process to its invoice, and refuses the start when the invoice already
 * has a process (a second start by hand or over the REST API would run intake again).
 */
@Component("invoiceStartListener")
class InvoiceStartListener implements ExecutionListener {

	private final InvoiceReception reception;

	InvoiceStartListener(InvoiceReception reception) {
		this.reception = reception;
	}

	@Override
	public void notify(DelegateExecution execution) {
		UUID invoiceId;
		try {
			invoiceId = InvoiceDelegates.invoiceId(execution);
		}
		catch (ProcessEngineException noInvoice) {
			// an instance naming no invoice can touch none: its first step reports the missing id as an incident
			return;
		}
		reception.bindProcess(invoiceId, execution.getProcessInstanceId());
	}
}
