package de.kmuflow.invoice.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.platform.StepRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approval under the four-eyes principle: only a member of a group the decision table named may
 * decide, never whoever brought the invoice in or corrected it; a rejection needs a reason. Also the
 * end of an invoice that is not processed.
 */
@Service
@Transactional
class InvoiceApproval {

	private final InvoiceRecords records;

	InvoiceApproval(InvoiceRecords records) {
		this.records = records;
	}

	/** The approval task is open (again, after an escalation): for the groups the decision table named. */
	void markAwaitingApproval(UUID id, Collection<String> approverGroups) {
		InvoiceEntity invoice = records.get(id);
		records.changeStatus(invoice, InvoiceStatus.AWAITING_APPROVAL, InvoiceRecords.SYSTEM);
		invoice.approverGroups(approverGroups);
	}

	/** The users who may never approve this invoice: whoever brought it in or corrected it. */
	List<String> excludedApprovers(UUID id) {
		return excludedApprovers(records.get(id));
	}

	private static List<String> excludedApprovers(InvoiceEntity invoice) {
		List<String> excluded = new ArrayList<>();
		if (invoice.uploadedBy != null) {
			excluded.add(invoice.uploadedBy);
		}
		if (invoice.reviewedBy != null) {
			excluded.add(invoice.reviewedBy);
		}
		return excluded;
	}

	/**
	 * The approver's decision. Only a member of a group the decision table named may decide, and
	 * never whoever brought the invoice in or corrected it; a rejection needs a reason.
	 */
	void recordApproval(UUID id, String user, Collection<String> userGroups, boolean approved, String reason) {
		InvoiceEntity invoice = records.get(id);
		records.requireStatus(invoice, InvoiceStatus.AWAITING_APPROVAL);
		refuseSecondPairOfEyesMissing(excludedApprovers(invoice), user);
		List<String> allowed = invoice.approverGroups();
		if (user == null || userGroups.stream().noneMatch(allowed::contains)) {
			throw new StepRefused("Diese Rechnung gibt nur " + (allowed.isEmpty() ? "eine berechtigte Gruppe"
					: "die Gruppe " + String.join(" oder ", allowed)) + " frei; " + Objects.requireNonNullElse(user,
							"ein unbekannter Benutzer") + " gehört nicht dazu.");
		}
		requireRejectionReason(approved, reason);
		records.changeStatus(invoice, approved ? InvoiceStatus.APPROVED : InvoiceStatus.REJECTED, user);
		invoice.approvedBy = user;
		if (!approved) {
			records.log(invoice, user, "rejectionReason", invoice.rejectionReason, reason);
			invoice.rejectionReason = reason;
		}
	}

	static void requireRejectionReason(boolean approved, String reason) {
		if (!approved && (reason == null || reason.isBlank())) {
			throw new StepRefused("Bitte begründen Sie die Ablehnung (a rejection needs a reason).");
		}
	}

	/** Refuses the uploader and the reviewer as approvers (four-eyes principle), whatever the client. */
	static void refuseSecondPairOfEyesMissing(List<String> excludedApprovers, String user) {
		if (user != null && excludedApprovers.contains(user)) {
			throw new StepRefused("Vier-Augen-Prinzip: " + user
					+ " hat diese Rechnung erfasst oder geprüft und darf sie nicht freigeben"
					+ " (four-eyes principle: the uploader or reviewer may not approve).");
		}
	}

	/** The invoice is not processed: the clarification ended with "cancel". */
	void cancel(UUID id, String user) {
		records.changeStatus(records.get(id), InvoiceStatus.CANCELLED, user);
	}
}
