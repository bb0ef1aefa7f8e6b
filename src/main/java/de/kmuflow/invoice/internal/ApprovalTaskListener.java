package de.kmuflow.invoice.internal;

import java.util.List;
import java.util.UUID;

import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import de.kmuflow.platform.StepRefused;
import de.kmuflow.platform.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four eyes: whoever uploaded or reviewed an invoice may neither claim nor complete its approval,
 * enforced here in the engine whatever the client. Also records the decision; the form reads the
 * invoice's values when it is shown ({@link InvoiceFormTexts}).
 */
@Component("approvalTaskListener")
class ApprovalTaskListener implements TaskListener {

	static final String DECISION = "decision";
	static final String REJECTION_REASON = "rejectionReason";

	private final InvoiceRecords records;
	private final InvoiceApproval approval;
	private final SkontoDeadline skonto;

	ApprovalTaskListener(InvoiceRecords records, InvoiceApproval approval, SkontoDeadline skonto) {
		this.records = records;
		this.approval = approval;
		this.skonto = skonto;
	}

	@Override
	public void notify(DelegateTask task) {
		UUID invoiceId = InvoiceDelegates.ownInvoice(task.getExecution(), records);
		switch (task.getEventName()) {
			case EVENTNAME_CREATE -> {
				approval.markAwaitingApproval(invoiceId, approverGroups(task));
				skonto.mark(task, invoiceId);
			}
			case EVENTNAME_ASSIGNMENT -> InvoiceApproval.refuseSecondPairOfEyesMissing(approval.excludedApprovers(invoiceId),
					task.getAssignee());
			case EVENTNAME_COMPLETE -> {
				String user = TaskForms.actingUser(task);
				InvoiceApproval.refuseSecondPairOfEyesMissing(approval.excludedApprovers(invoiceId), user);
				Object decision = task.getVariable(DECISION);
				if (!"approve".equals(decision) && !"reject".equals(decision)) {
					throw new StepRefused(
							"Bitte eine Entscheidung wählen: Freigeben oder Ablehnen (decision must be approve or reject).");
				}
				boolean approved = "approve".equals(decision);
				Object submitted = TaskForms.submittedValue(task, REJECTION_REASON);
				String reason = submitted == null ? null : submitted.toString();
				InvoiceApproval.requireRejectionReason(approved, reason);
				approval.recordApproval(invoiceId, user, TaskForms.groupsOf(task, user), approved, reason);
				// what the form sent back of the values it only shows is the invoice's, not the process's
				task.getExecution().removeVariable(DECISION);
				task.getExecution().removeVariables(InvoiceFormTexts.APPROVAL_FORM_KEYS);
				task.getExecution().setVariable(Variables.APPROVED, approved);
			}
			default -> {
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> approverGroups(DelegateTask task) {
		Object groups = task.getVariable(Variables.APPROVER_GROUPS);
		return groups instanceof List<?> list ? (List<String>) list : List.of();
	}
}
