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
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Goods arrived for an order that invoices are waiting on (in review or approval): their
 * three-way match is checked again, the finding replaced and the change recorded; the open task's form
 * shows the new state when it is next opened (it reads the invoice then). Running it twice changes nothing,
 * so a resubmitted event is harmless.
 */
@Component
class OrderMatchRecheck {

	/** The audit trail's name for a re-checked three-way match. */
	static final String AUDIT_FIELD = "orderMatch";

	private static final EnumSet<InvoiceStatus> WAITING = EnumSet.of(InvoiceStatus.IN_REVIEW,
			InvoiceStatus.AWAITING_APPROVAL);

	private final InvoiceRepository invoices;
	private final InvoiceRecords records;
	private final PurchaseOrders purchaseOrders;
	private final OrderMatchRule rule = new OrderMatchRule();

	OrderMatchRecheck(InvoiceRepository invoices, InvoiceRecords records, PurchaseOrders purchaseOrders) {
		this.invoices = invoices;
		this.records = records;
		this.purchaseOrders = purchaseOrders;
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
	}
}
