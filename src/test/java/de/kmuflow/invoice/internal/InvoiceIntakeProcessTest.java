package de.kmuflow.invoice.internal;

import static de.kmuflow.invoice.InvoiceIntakeProcess.Elements.APPROVE;
import static de.kmuflow.invoice.InvoiceIntakeProcess.Elements.CANCEL;
import static de.kmuflow.invoice.InvoiceIntakeProcess.Elements.CLARIFY;
import static de.kmuflow.invoice.InvoiceIntakeProcess.Elements.DETERMINE_APPROVER;
import static de.kmuflow.invoice.InvoiceIntakeProcess.Elements.ESCALATE;
import static de.kmuflow.invoice.InvoiceIntakeProcess.Elements.EXTRACT;
import static de.kmuflow.invoice.InvoiceIntakeProcess.Elements.NOT_PROCESSED;
import static de.kmuflow.invoice.InvoiceIntakeProcess.Elements.POST;
import static de.kmuflow.invoice.InvoiceIntakeProcess.Elements.POSTED;
import static de.kmuflow.invoice.InvoiceIntakeProcess.Elements.REVIEW;
import static de.kmuflow.invoice.InvoiceIntakeProcess.Elements.VALIDATE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.externalTask;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import de.kmuflow.invoice.InvoiceIntakeProcess;
import de.kmuflow.platform.PageFormats;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * Every path of invoice-intake.bpmn on an isolated engine. The task listeners are the real ones;
 * the invoice service behind them and the delegates are stand-ins that return the routing a path needs.
 */
@Deployment(resources = { "processes/invoice-intake.bpmn", "processes/invoice-approval.dmn",
		"processes/forms/review-invoice.form", "processes/forms/approve-invoice.form",
		"processes/forms/clarify-invoice.form" })
class InvoiceIntakeProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(0.9)
		.build();

	private static final String UPLOADER = "clara";
	private static final String REVIEWER = "clara";
	private static final String APPROVER = "martin";

	private final UUID invoiceId = UUID.randomUUID();
	private final InvoiceRecords records = mock(InvoiceRecords.class);
	private final InvoiceReception reception = mock(InvoiceReception.class);
	private final InvoiceChecks checks = mock(InvoiceChecks.class);
	private final InvoiceApproval approval = mock(InvoiceApproval.class);
	private final InvoicePosting posting = mock(InvoicePosting.class);
	private Routing validation;
	private final JavaDelegate post = execution -> posting.post(invoiceId, "system");
	private final JavaDelegate cancel = execution -> approval.cancel(invoiceId, "system");

	@BeforeEach
	void registerStandIns() {
		BpmnAwareTests.init(engine.getProcessEngine());
		validation = routing(false, 120.0, "Misc", false);
		when(approval.excludedApprovers(invoiceId)).thenReturn(List.of(UPLOADER, REVIEWER));
		when(checks.applyReview(eq(invoiceId), anyMap(), anyString())).thenReturn(routing(false, 120.0, "Misc", false));
		Mocks.register("invoiceStartListener", (ExecutionListener) execution -> reception.bindProcess(invoiceId,
				execution.getProcessInstanceId()));
		Mocks.register("validateInvoiceDelegate",
				(JavaDelegate) execution -> InvoiceDelegates.writeRouting(execution, validation));
		Mocks.register("postInvoiceDelegate", post);
		Mocks.register("cancelInvoiceDelegate", cancel);
		Mocks.register("escalateApprovalDelegate", new EscalateApprovalDelegate());
		// no Skonto: the records stand-in knows no deadline
		SkontoDeadline skonto = new SkontoDeadline(records, new PageFormats(ZoneId.of("Europe/Berlin")));
		Mocks.register("reviewTaskListener", new ReviewTaskListener(records, checks, skonto));
		Mocks.register("approvalTaskListener", new ApprovalTaskListener(records, approval, skonto));
		Mocks.register("clarifyTaskListener", new ClarifyTaskListener(records));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
		engine.getProcessEngine().getIdentityService().clearAuthentication();
	}

	@Test
	void readingIsLeftToTheWorkersAfterTheUploadHasReturned() {
		ProcessInstance invoice = start();

		assertThat(invoice).isWaitingAt(EXTRACT);
		assertThat(externalTask(invoice)).hasTopicName(ReadInvoiceWork.TOPIC);
		complete(externalTask(invoice), withVariables(Variables.EXTRACTION_SUCCEEDED, true));
		assertThat(invoice).hasPassedInOrder(EXTRACT, VALIDATE);
	}

	@Test
	void cleanInvoiceGoesStraightToApprovalAndIsPosted() {
		ProcessInstance invoice = startAndExtract();

		assertThat(invoice).isWaitingAt(APPROVE);
		assertThat(task(invoice)).hasCandidateGroup("accounting").hasCandidateGroup("sales");
		approveAs(APPROVER, invoice);

		assertThat(invoice).isEnded().hasPassedInOrder(EXTRACT, VALIDATE, DETERMINE_APPROVER, APPROVE, POST, POSTED);
		assertThat(invoice).hasNotPassed(REVIEW);
		verify(approval).recordApproval(eq(invoiceId), eq(APPROVER), any(), eq(true), isNull());
		verify(posting).post(invoiceId, "system");
	}

	@Test
	void doubtfulInvoiceIsReviewedBeforeApproval() {
		validation = routing(true, 120.0, "Misc", false);
		ProcessInstance invoice = startAndExtract();

		assertThat(invoice).isWaitingAt(REVIEW);
		assertThat(task(invoice)).hasCandidateGroup("accounting");
		completeAs(REVIEWER, invoice, Map.of("invoiceNumber", "RE-1-korrigiert"));
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Map<String, Object>> corrections = ArgumentCaptor.forClass(Map.class);
		verify(checks).applyReview(eq(invoiceId), corrections.capture(), eq(REVIEWER));
		Assertions.assertThat(corrections.getValue()).containsEntry("invoiceNumber", "RE-1-korrigiert");

		assertThat(invoice).isWaitingAt(APPROVE).variables().containsEntry(Variables.REVIEWED_BY, REVIEWER)
			.doesNotContainKey("invoiceNumber");
		approveAs(APPROVER, invoice);
		assertThat(invoice).isEnded().hasPassedInOrder(REVIEW, DETERMINE_APPROVER, APPROVE, POSTED);
	}

	@Test
	void possibleDuplicateWaitsForTheClerk() {
		validation = routing(true, 1499.0, "Misc", false);
		ProcessInstance invoice = startAndExtract();

		assertThat(invoice).isWaitingAt(REVIEW);
		assertThat(invoice).hasNotPassed(DETERMINE_APPROVER);
	}

	@Test
	void largeAmountsAreApprovedByManagement() {
		validation = routing(false, 5000.0, "Misc", false);
		ProcessInstance invoice = startAndExtract();

		assertThat(task(invoice)).hasCandidateGroup("management");
	}

	@Test
	void rejectedInvoiceIsClarifiedReviewedAndApprovedAfterAll() {
		ProcessInstance invoice = startAndExtract();
		completeAs(APPROVER, invoice, Map.of("decision", "reject", "rejectionReason", "Preis falsch"));
		verify(approval).recordApproval(eq(invoiceId), eq(APPROVER), any(), eq(false), eq("Preis falsch"));

		assertThat(invoice).isWaitingAt(CLARIFY);
		completeAs(REVIEWER, invoice, Map.of("clarification", "review"));
		assertThat(invoice).isWaitingAt(REVIEW);
		completeAs(REVIEWER, invoice, Map.of());
		approveAs(APPROVER, invoice);

		assertThat(invoice).isEnded().hasPassedInOrder(APPROVE, CLARIFY, REVIEW, APPROVE, POSTED);
	}

	/**
	 * The tasks hold no values of their own (the forms read the invoice when shown), and what Tasklist sends
	 * back of the values its forms only show stays out of the process: a later review does not take the
	 * clarification form's supplier for a correction.
	 */
	@Test
	void formsSubmittedAsTasklistDoesLeaveOnlyTheRoutingInTheProcess() {
		validation = routing(true, 120.0, "Misc", false);
		ProcessInstance invoice = startAndExtract();
		assertThat(invoice).isWaitingAt(REVIEW);
		Assertions.assertThat(taskService().getVariablesLocal(task(invoice).getId())).isEmpty();
		Map<String, Object> review = new java.util.HashMap<>(Map.of("invoiceNumber", "RE-1", "sellerName", "Muster GmbH",
				"findingsText", "Warnung: Neuer Lieferant", "invoiceCategory", "Misc"));
		review.put("correctionReason", null);
		submitAs(REVIEWER, invoice, review);

		assertThat(invoice).isWaitingAt(APPROVE);
		Assertions.assertThat(taskService().getVariablesLocal(task(invoice).getId())).isEmpty();
		submitAs(APPROVER, invoice, Map.of("sellerName", "Muster GmbH", "invoiceNumber", "RE-1", "grossTotal",
				"120,00 €", "dueDateText", "01.02.2027", "findingsText", "Keine Auffälligkeiten.", "decision", "reject",
				"rejectionReason", "Preis falsch"));
		verify(approval).recordApproval(eq(invoiceId), eq(APPROVER), any(), eq(false), eq("Preis falsch"));

		assertThat(invoice).isWaitingAt(CLARIFY);
		submitAs(REVIEWER, invoice, Map.of("sellerName", "Muster GmbH", "invoiceNumber", "RE-1", "rejectionReason",
				"Preis falsch", "clarification", "review", "clarificationNote", "Gutschrift angefordert"));
		assertThat(invoice).isWaitingAt(REVIEW).variables().doesNotContainKeys("sellerName", "invoiceNumber",
				"rejectionReason", "grossTotal", "dueDateText", "findingsText", "decision", "correctionReason");
		completeAs(REVIEWER, invoice, Map.of());
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Map<String, Object>> corrections = ArgumentCaptor.forClass(Map.class);
		verify(checks, org.mockito.Mockito.times(2)).applyReview(eq(invoiceId), corrections.capture(), eq(REVIEWER));
		Assertions.assertThat(corrections.getAllValues().get(0)).containsEntry("invoiceNumber", "RE-1")
			.containsEntry("sellerName", "Muster GmbH");
		Assertions.assertThat(corrections.getValue()).as("the second review sent nothing but the category")
			.containsOnlyKeys(Variables.CATEGORY);
	}

	@Test
	void invoiceSentInErrorIsNotProcessed() {
		ProcessInstance invoice = startAndExtract();
		completeAs(APPROVER, invoice, Map.of("decision", "reject", "rejectionReason", "Nicht bestellt"));
		completeAs(REVIEWER, invoice, Map.of("clarification", "cancel"));

		assertThat(invoice).isEnded().hasPassed(CANCEL, NOT_PROCESSED).hasNotPassed(POST);
		verify(approval).cancel(invoiceId, "system");
	}

	@Test
	void approvalEscalatesToManagementBeforeTheCashDiscountExpires() {
		validation = new Routing(false, 120.0, "Misc", new Date(System.currentTimeMillis() + 3_600_000L), false);
		ProcessInstance invoice = startAndExtract();
		assertThat(task(invoice)).hasCandidateGroup("accounting");

		ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 2 * 3_600_000L));
		execute(job(invoice));

		assertThat(invoice).hasPassed(ESCALATE).isWaitingAt(APPROVE);
		assertThat(task(invoice)).hasCandidateGroup("management");
		approveAs(APPROVER, invoice);
		assertThat(invoice).isEnded();
	}

	@Test
	void whoeverUploadedOrReviewedMayNotApprove() {
		ProcessInstance invoice = startAndExtract();
		String taskId = task(invoice).getId();

		assertThatThrownBy(() -> taskService().claim(taskId, UPLOADER)).isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Vier-Augen-Prinzip");
		engine.getProcessEngine().getIdentityService().setAuthenticatedUserId(REVIEWER);
		assertThatThrownBy(() -> taskService().complete(taskId, Map.of("decision", "approve")))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Vier-Augen-Prinzip");

		assertThat(invoice).isWaitingAt(APPROVE);
		verify(approval, never()).recordApproval(any(), anyString(), any(), anyBoolean(), any());
	}

	@Test
	void rejectionNeedsAReason() {
		ProcessInstance invoice = startAndExtract();
		engine.getProcessEngine().getIdentityService().setAuthenticatedUserId(APPROVER);

		assertThatThrownBy(() -> taskService().complete(task(invoice).getId(), Map.of("decision", "reject")))
			.hasMessageContaining("begründen");
	}

	@Test
	void matchingOrderAndGoodsReceiptNeedNoApproval() {
		validation = routing(false, 800.0, "Wareneinkauf", true);
		ProcessInstance invoice = startAndExtract();

		assertThat(invoice).isEnded().hasPassed(POSTED).hasNotPassed(APPROVE);
	}

	private ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey(InvoiceIntakeProcess.KEY, invoiceId.toString(),
				Map.of(Variables.INVOICE_ID, invoiceId.toString(), Variables.UPLOADED_BY, UPLOADER));
	}

	private ProcessInstance startAndExtract() {
		ProcessInstance invoice = start();
		complete(externalTask(invoice), withVariables(Variables.EXTRACTION_SUCCEEDED, true));
		return invoice;
	}

	private void approveAs(String user, ProcessInstance invoice) {
		completeAs(user, invoice, Map.of("decision", "approve"));
	}

	private void completeAs(String user, ProcessInstance invoice, Map<String, Object> variables) {
		engine.getProcessEngine().getIdentityService().setAuthenticatedUserId(user);
		try {
			taskService().complete(task(invoice).getId(), variables);
		}
		finally {
			engine.getProcessEngine().getIdentityService().clearAuthentication();
		}
	}

	/** As Tasklist completes a task with a Camunda Form: every field of the form, read-only ones included. */
	private void submitAs(String user, ProcessInstance invoice, Map<String, Object> fields) {
		engine.getProcessEngine().getIdentityService().setAuthenticatedUserId(user);
		try {
			engine.getProcessEngine().getFormService().submitTaskForm(task(invoice).getId(), fields);
		}
		finally {
			engine.getProcessEngine().getIdentityService().clearAuthentication();
		}
	}

	private static Routing routing(boolean needsReview, double amount, String category, boolean autoApproved) {
		return new Routing(needsReview, amount, category, new Date(System.currentTimeMillis() + 5 * 86_400_000L),
				autoApproved);
	}
}
