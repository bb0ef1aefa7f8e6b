package de.kmuflow.invoice.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.inventory.GoodsReceived;
import de.kmuflow.inventory.OrderMatch;
import de.kmuflow.inventory.PurchaseOrders;
import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.invoice.rules.Facts;
import de.kmuflow.invoice.rules.Finding;
import de.kmuflow.invoice.rules.OrderMatchRule;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Goods arrived for an order that invoices are waiting on (in review or approval): their
 * three-way match is checked again, the finding replaced, the change recorded, and the open task
 * shows the new state. Running it twice changes nothing, so a resubmitted event is harmless.
 */
@Component
class OrderMatchRecheck {

	/** The audit trail's name for a re-checked three-way match. */
	static final String AUDIT_FIELD = "orderMatch";

	private static final EnumSet<InvoiceStatus> WAITING = EnumSet.of(InvoiceStatus.IN_REVIEW,
			InvoiceStatus.AWAITING_APPROVAL);
	private static final String FINDINGS_TEXT = "findingsText";

	private final InvoiceRepository invoices;
	private final InvoiceRecords records;
	private final PurchaseOrders purchaseOrders;
	private final TaskService tasks;
	private final OrderMatchRule rule = new OrderMatchRule();

	OrderMatchRecheck(InvoiceRepository invoices, InvoiceRecords records, PurchaseOrders purchaseOrders,
			TaskService tasks) {
		this.invoices = invoices;
		this.records = records;
		this.purchaseOrders = purchaseOrders;
		this.tasks = tasks;
	}

	@ApplicationModuleListener
	void goodsReceived(GoodsReceived receipt) {
		invoices.findByPurchaseOrderReferenceAndStatusIn(receipt.purchaseOrderNumber(), WAITING).forEach(this::recheck);
	}

	private void recheck(InvoiceEntity invoice) {
		ExtractedInvoice current = records.current(invoice);
		Optional<OrderMatch> match = purchaseOrders.match(current.purchaseOrderReference(), current.netTotal());
		if (match.isEmpty()) {
			return;
		}
		Finding updated = rule.check(current, new Facts(null, false, match, true, List.of())).get(0);
		List<Finding> findings = new ArrayList<>(InvoiceRecords.findings(invoice));
		String before = null;
		boolean replaced = false;
		for (int i = 0; i < findings.size(); i++) {
			if (OrderMatchRule.ORDER_MATCH.equals(findings.get(i).rule())) {
				before = findings.get(i).message();
				findings.set(i, updated);
				replaced = true;
			}
		}
		if (Objects.equals(before, updated.message())) {
			return;
		}
		if (!replaced) {
			findings.add(updated);
		}
		InvoiceRecords.storeFindings(invoice, findings);
		records.log(invoice, InvoiceRecords.SYSTEM, AUDIT_FIELD, before, updated.message());
		if (invoice.processInstanceId != null) {
			String text = InvoiceRecords.findingsText(invoice);
			for (Task task : tasks.createTaskQuery().processInstanceId(invoice.processInstanceId).list()) {
				if (tasks.getVariableLocal(task.getId(), FINDINGS_TEXT) != null) {
					tasks.setVariableLocal(task.getId(), FINDINGS_TEXT, text);
				}
			}
		}
	}
}
