package de.kmuflow.invoice.internal;

import java.util.UUID;

import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import de.kmuflow.platform.TaskForms;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four eyes: whoever uploaded or reviewed an invoice may neither claim nor complete its approval,
 * enforced here in the engine whatever the client. Also fills the approval form and records the
 * decision.
 */
@Component("approvalTaskListener")
class ApprovalTaskListener implements TaskListener {

	static final String DECISION = "decision";
	static final String REJECTION_REASON = "rejectionReason";

	private final InvoiceService invoices;

	ApprovalTaskListener(InvoiceService invoices) {
		this.invoices = invoices;
	}

	@Override
	public void notify(DelegateTask task) {
		UUID invoiceId = UUID.fromString((String) task.getVariable(Variables.INVOICE_ID));
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> {
				invoices.markAwaitingApproval(invoiceId);
				task.setVariablesLocal(invoices.approvalFormValues(invoiceId));
			}
			case EVENTNAME_ASSIGNMENT -> refuseSecondPairOfEyesMissing(invoiceId, task.getAssignee());
			case EVENTNAME_COMPLETE -> {
				String user = TaskForms.actingUser(task);
				refuseSecondPairOfEyesMissing(invoiceId, user);
				Object decision = task.getVariable(DECISION);
				if (!"approve".equals(decision) && !"reject".equals(decision)) {
					throw new ProcessEngineException(
							"Bitte eine Entscheidung wählen: Freigeben oder Ablehnen (decision must be approve or reject)");
				}
				boolean approved = "approve".equals(decision);
				Object reason = TaskForms.submittedValue(task, REJECTION_REASON);
				if (!approved && (reason == null || reason.toString().isBlank())) {
					throw new ProcessEngineException("Bitte begründen Sie die Ablehnung (a rejection needs a reason)");
				}
				invoices.recordApproval(invoiceId, user, approved, reason == null ? null : reason.toString());
				task.getExecution().removeVariable(DECISION);
				task.getExecution().removeVariable(REJECTION_REASON);
				task.getExecution().setVariable(Variables.APPROVED, approved);
			}
			default -> {
			}
		}
	}

	private void refuseSecondPairOfEyesMissing(UUID invoiceId, String user) {
		if (user != null && invoices.excludedApprovers(invoiceId).contains(user)) {
			throw new ProcessEngineException("Vier-Augen-Prinzip: " + user
					+ " hat diese Rechnung erfasst oder geprüft und darf sie nicht freigeben"
					+ " (four-eyes principle: the uploader or reviewer may not approve)");
		}
	}
}
