package de.kmuflow.invoice.internal;

import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import de.kmuflow.platform.StepRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Insists on an outcome of the clarification; the form reads the invoice and its rejection when it is shown
 * ({@link InvoiceFormTexts}).
 */
@Component("clarifyTaskListener")
class ClarifyTaskListener implements TaskListener {

	private final InvoiceRecords records;

	ClarifyTaskListener(InvoiceRecords records) {
		this.records = records;
	}

	@Override
	public void notify(DelegateTask task) {
		InvoiceDelegates.ownInvoice(task.getExecution(), records);
		if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			Object outcome = task.getVariable(Variables.CLARIFICATION);
			if (!"review".equals(outcome) && !"cancel".equals(outcome)) {
				throw new StepRefused(
						"Bitte ein Ergebnis wählen: erneut prüfen oder nicht bearbeiten (clarification must be review or cancel)");
			}
			// the values the form only shows, sent back: a review after this would take them for corrections
			task.getExecution().removeVariables(InvoiceFormTexts.APPROVAL_FORM_KEYS);
		}
	}
}
