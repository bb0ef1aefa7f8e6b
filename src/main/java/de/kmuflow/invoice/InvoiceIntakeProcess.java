package de.kmuflow.invoice;

/**
 * The invoice process {@code processes/invoice-intake.bpmn}: its key, the element ids code and
 * tests refer to, and its variables (small and typed: ids and routing values only).
 */
public final class InvoiceIntakeProcess {

	public static final String KEY = "invoice-intake";
	public static final String DECISION_KEY = "invoice-approval";

	/** Element ids as in the model. */
	public static final class Elements {
		public static final String START = "startEvent_invoiceReceived";
		public static final String EXTRACT = "serviceTask_extractInvoice";
		public static final String VALIDATE = "serviceTask_validateInvoice";
		public static final String REVIEW = "userTask_reviewInvoice";
		public static final String DETERMINE_APPROVER = "businessRuleTask_determineApprover";
		public static final String APPROVE = "userTask_approveInvoice";
		public static final String ESCALATION_TIMER = "boundaryTimer_escalateApproval";
		public static final String ESCALATE = "serviceTask_escalateApproval";
		public static final String POST = "serviceTask_postInvoice";
		public static final String POSTED = "endEvent_posted";
		public static final String CLARIFY = "userTask_clarifyWithSupplier";
		public static final String CANCEL = "serviceTask_cancelInvoice";
		public static final String NOT_PROCESSED = "endEvent_notProcessed";

		private Elements() {
		}
	}

	/** Variable names. */
	public static final class Variables {
		/** String: the invoice's id in kmu-flow's tables (also the business key). */
		public static final String INVOICE_ID = "invoiceId";
		/** Boolean: the document was read; a failed reading saves no time (the step's savedWhen). */
		public static final String EXTRACTION_SUCCEEDED = "extractionSucceeded";
		/** Boolean: a clerk must look at the data before approval. */
		public static final String NEEDS_REVIEW = "needsReview";
		/** Double: gross amount, for the decision table. */
		public static final String AMOUNT = "amount";
		/** String: category for the decision table (Misc, Travel Expenses, …). */
		public static final String CATEGORY = "invoiceCategory";
		/** List of group ids that may approve. */
		public static final String APPROVER_GROUPS = "approverGroups";
		/** Boolean: order and goods receipt match, no approval needed. */
		public static final String AUTO_APPROVED = "autoApproved";
		/** Date: when an open approval is escalated to management (and its due date). */
		public static final String ESCALATION_DATE = "escalationDate";
		/** Boolean: the approver's decision. */
		public static final String APPROVED = "approved";
		/** String: review or cancel, the outcome of the clarification with the supplier. */
		public static final String CLARIFICATION = "clarification";
		/** String: user ids that may never approve this invoice (four-eyes principle). */
		public static final String UPLOADED_BY = "uploadedBy";
		public static final String REVIEWED_BY = "reviewedBy";

		private Variables() {
		}
	}

	private InvoiceIntakeProcess() {
	}
}
