package de.kmuflow.inventory.internal;

import static de.kmuflow.inventory.InventoryReorderProcess.Elements.APPROVE;
import static de.kmuflow.inventory.InventoryReorderProcess.Elements.AWAIT_GOODS;
import static de.kmuflow.inventory.InventoryReorderProcess.Elements.BOOK_RECEIPT;
import static de.kmuflow.inventory.InventoryReorderProcess.Elements.CHASE;
import static de.kmuflow.inventory.InventoryReorderProcess.Elements.CHECK_APPROVAL;
import static de.kmuflow.inventory.InventoryReorderProcess.Elements.CONFIRM_RECEIPT;
import static de.kmuflow.inventory.InventoryReorderProcess.Elements.GOODS_RECEIVED;
import static de.kmuflow.inventory.InventoryReorderProcess.Elements.NOTHING_TO_ORDER;
import static de.kmuflow.inventory.InventoryReorderProcess.Elements.ORDER_REJECTED;
import static de.kmuflow.inventory.InventoryReorderProcess.Elements.PROPOSE;
import static de.kmuflow.inventory.InventoryReorderProcess.Elements.REJECT;
import static de.kmuflow.inventory.InventoryReorderProcess.Elements.SEND;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;

import de.kmuflow.inventory.InventoryReorderProcess;
import de.kmuflow.inventory.InventoryReorderProcess.Messages;
import de.kmuflow.inventory.InventoryReorderProcess.Variables;
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

/**
 * Every path of inventory-reorder.bpmn on an isolated engine; the reorder service behind the real
 * delegates and task listeners is a stand-in returning what each path needs.
 */
@Deployment(resources = { "processes/inventory-reorder.bpmn", "processes/forms/approve-purchase-order.form",
		"processes/forms/chase-supplier.form", "processes/forms/confirm-goods-receipt.form" })
class InventoryReorderProcessTest {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
		.assertClassCoverageAtLeast(0.9)
		.build();

	private static final String SKU = "SCHR-M6";
	private static final long DAY = 86_400_000L;

	private final UUID orderId = UUID.randomUUID();
	private final ReorderService reorders = mock(ReorderService.class);
	private final Deque<Boolean> lineComplete = new ArrayDeque<>();

	@BeforeEach
	void registerServices() {
		BpmnAwareTests.init(engine.getProcessEngine());
		when(reorders.propose(eq(SKU), anyString()))
			.thenReturn(new ReorderService.Proposal(true, true, orderId, 450.0));
		when(reorders.orderValue(orderId)).thenReturn(450.0);
		when(reorders.deliveryDue(orderId)).thenReturn(inDays(5));
		when(reorders.send(orderId)).thenReturn(inDays(5));
		when(reorders.chased(eq(orderId), any())).thenReturn(inDays(8));
		when(reorders.approvalFormValues(orderId)).thenReturn(Map.of("purchaseOrderNumber", "PO-2026-00001"));
		when(reorders.receiptFormValues(orderId, SKU)).thenReturn(Map.of("receivedQuantity", "100"));
		when(reorders.bookReceipt(eq(orderId), eq(SKU), any(), any())).thenAnswer(call -> lineComplete.pop());
		Mocks.register("proposeOrderDelegate", new ProposeOrderDelegate(reorders));
		Mocks.register("checkApprovalDelegate", new CheckApprovalDelegate(reorders));
		Mocks.register("sendOrderDelegate", new SendOrderDelegate(reorders));
		Mocks.register("rejectOrderDelegate", new RejectOrderDelegate(reorders));
		Mocks.register("bookGoodsReceiptDelegate", new BookGoodsReceiptDelegate(reorders));
		Mocks.register("reorderTaskListener", new ReorderTaskListener(reorders));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		ClockUtil.reset();
	}

	@Test
	void smallOrderIsSentWithoutApprovalAndReceived() {
		lineComplete.push(true);
		ProcessInstance reorder = startAndPropose();
		execute(job(reorder)); // bundle window
		execute(job(reorder)); // send

		assertThat(reorder).isWaitingAt(AWAIT_GOODS).hasNotPassed(APPROVE);
		verify(reorders).send(orderId);
		goodsArrive(reorder);
		assertThat(task(reorder)).hasCandidateGroup("warehouse");
		taskService().complete(task(reorder).getId(), Map.of("receivedQuantity", "100"));

		assertThat(reorder).isEnded().hasPassedInOrder(PROPOSE, CHECK_APPROVAL, SEND, AWAIT_GOODS, CONFIRM_RECEIPT,
				BOOK_RECEIPT, GOODS_RECEIVED);
		verify(reorders).bookReceipt(eq(orderId), eq(SKU), eq(new BigDecimal("100")), any());
	}

	@Test
	void largeOrderIsApprovedByPurchasingWithAChangedQuantity() {
		when(reorders.needsApproval(orderId)).thenReturn(true);
		ProcessInstance reorder = startAndPropose();
		execute(job(reorder));

		assertThat(reorder).isWaitingAt(APPROVE);
		assertThat(task(reorder)).hasCandidateGroup("purchasing");
		taskService().complete(task(reorder).getId(), Map.of("decision", "approve", "quantities", "SCHR-M6: 80"));

		verify(reorders).decide(eq(orderId), eq(true), eq(Map.of(SKU, new BigDecimal("80"))), any());
		assertThat(reorder).isWaitingAt(SEND);
	}

	@Test
	void rejectedOrderEnds() {
		when(reorders.needsApproval(orderId)).thenReturn(true);
		ProcessInstance reorder = startAndPropose();
		execute(job(reorder));
		taskService().complete(task(reorder).getId(), Map.of("decision", "reject"));

		assertThat(reorder).isEnded().hasPassed(REJECT, ORDER_REJECTED).hasNotPassed(SEND);
		verify(reorders).decide(eq(orderId), eq(false), anyMap(), any());
		verify(reorders).reject(eq(orderId), eq(reorder.getId()));
	}

	@Test
	void lateDeliveryIsChasedAndAwaitedAgain() {
		lineComplete.push(true);
		ProcessInstance reorder = startAndPropose();
		execute(job(reorder));
		execute(job(reorder));

		ClockUtil.setCurrentTime(inDays(6));
		execute(job(reorder)); // delivery overdue
		assertThat(reorder).isWaitingAt(CHASE);
		assertThat(task(reorder)).hasCandidateGroup("purchasing");
		taskService().complete(task(reorder).getId(), Map.of("promisedDate", LocalDate.now().plusDays(8).toString()));
		verify(reorders).chased(orderId, LocalDate.now().plusDays(8));

		assertThat(reorder).isWaitingAt(AWAIT_GOODS);
		goodsArrive(reorder);
		taskService().complete(task(reorder).getId(), Map.of("receivedQuantity", "100"));
		assertThat(reorder).isEnded().hasPassedInOrder(AWAIT_GOODS, CHASE, AWAIT_GOODS, CONFIRM_RECEIPT, GOODS_RECEIVED);
	}

	@Test
	void partialDeliveryLeavesTheRestOpen() {
		lineComplete.add(false);
		lineComplete.add(true);
		ProcessInstance reorder = startAndPropose();
		execute(job(reorder));
		execute(job(reorder));

		goodsArrive(reorder);
		taskService().complete(task(reorder).getId(), Map.of("receivedQuantity", "60"));
		assertThat(reorder).isWaitingAt(AWAIT_GOODS).variables().containsEntry(Variables.FULLY_RECEIVED, false);

		goodsArrive(reorder);
		taskService().complete(task(reorder).getId(), Map.of("receivedQuantity", "40"));
		assertThat(reorder).isEnded().hasPassed(GOODS_RECEIVED);
		verify(reorders).bookReceipt(orderId, SKU, new BigDecimal("60"), null);
		verify(reorders).bookReceipt(orderId, SKU, new BigDecimal("40"), null);
	}

	@Test
	void nothingIsOrderedWhenEnoughIsOnOrder() {
		when(reorders.propose(eq(SKU), anyString())).thenReturn(new ReorderService.Proposal(false, false, null, 0));
		ProcessInstance reorder = startAndPropose();

		assertThat(reorder).isEnded().hasPassed(NOTHING_TO_ORDER);
	}

	@Test
	void lineOnAnotherOrderWaitsForItsGoodsAndStopsWhenThatOrderIsRejected() {
		when(reorders.propose(eq(SKU), anyString())).thenReturn(new ReorderService.Proposal(true, false, orderId, 50));
		ProcessInstance reorder = startAndPropose();
		assertThat(reorder).isWaitingAt(AWAIT_GOODS).hasNotPassed(SEND, CHECK_APPROVAL);

		runtimeService().createMessageCorrelation(Messages.ORDER_REJECTED).processInstanceId(reorder.getId()).correlate();
		assertThat(reorder).isEnded().hasPassed(ORDER_REJECTED);
		verify(reorders, org.mockito.Mockito.never()).decide(any(), anyBoolean(), anyMap(), any());
	}

	private ProcessInstance startAndPropose() {
		ProcessInstance reorder = runtimeService().startProcessInstanceByKey(InventoryReorderProcess.KEY, SKU,
				Map.of(Variables.SKU, SKU, Variables.BUNDLE_WINDOW, "PT15M"));
		assertThat(reorder).isWaitingAt(PROPOSE);
		execute(job(reorder));
		return reorder;
	}

	private void goodsArrive(ProcessInstance reorder) {
		runtimeService().createMessageCorrelation(Messages.GOODS_ARRIVED).processInstanceId(reorder.getId()).correlate();
		assertThat(reorder).isWaitingAt(CONFIRM_RECEIPT);
	}

	private static Date inDays(int days) {
		return new Date(ClockUtil.getCurrentTime().getTime() + days * DAY);
	}
}
