package de.kmuflow.invoice.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import de.kmuflow.platform.StepRefused;
import de.kmuflow.platform.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Marks the invoice as in review when its task opens (the form reads the invoice's values when it is
 * shown, {@link InvoiceFormTexts}), and on completion saves the clerk's corrections with the audit trail.
 */
@Component("reviewTaskListener")
class ReviewTaskListener implements TaskListener {

	private final InvoiceRecords records;
	private final InvoiceChecks checks;
	private final SkontoDeadline skonto;

	ReviewTaskListener(InvoiceRecords records, InvoiceChecks checks, SkontoDeadline skonto) {
		this.records = records;
		this.checks = checks;
		this.skonto = skonto;
	}

	@Override
	public void notify(DelegateTask task) {
		UUID invoiceId = InvoiceDelegates.ownInvoice(task.getExecution(), records);
		if (EVENTNAME_CREATE.equals(task.getEventName())) {
			checks.markInReview(invoiceId);
			skonto.mark(task, invoiceId);
		}
		else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
			Map<String, Object> submitted = new HashMap<>();
			for (String key : InvoiceChecks.reviewFormKeys()) {
				if (TaskForms.submitted(task, key)) {
					submitted.put(key, TaskForms.submittedValue(task, key));
				}
			}
			String user = TaskForms.actingUser(task);
			Routing routing;
			try {
				routing = checks.applyReview(invoiceId, submitted, user);
			}
			catch (IllegalArgumentException e) {
				throw new StepRefused(e.getMessage(), e);
			}
			// the form's values now live in the invoice; the process keeps routing values only
			task.getExecution().removeVariables(InvoiceChecks.reviewFormKeys());
			InvoiceDelegates.writeRouting(task.getExecution(), routing);
			task.getExecution().setVariable(Variables.REVIEWED_BY, user);
		}
	}
}
