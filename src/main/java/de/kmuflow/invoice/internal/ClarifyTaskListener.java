package de.kmuflow.invoice.internal;

import java.util.UUID;

import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import de.kmuflow.platform.StepRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the rejection in the clarification task and insists on an outcome. */
@Component("clarifyTaskListener")
class ClarifyTaskListener implements TaskListener {

	private final InvoiceRecords records;
	private final InvoiceApproval approval;

	ClarifyTaskListener(InvoiceRecords records, InvoiceApproval approval) {
		this.records = records;
		this.approval = approval;
	}

	@Override
	public void notify(DelegateTask task) {
		UUID invoiceId = InvoiceDelegates.ownInvoice(task.getExecution(), records);
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			task.setVariablesLocal(approval.approvalFormValues(invoiceId));
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			Object outcome = task.getVariable(Variables.CLARIFICATION);
			if (!"review".equals(outcome) && !"cancel".equals(outcome)) {
				throw new StepRefused(
						"Bitte ein Ergebnis wählen: erneut prüfen oder nicht bearbeiten (clarification must be review or cancel)");
			}
		}
	}
}
