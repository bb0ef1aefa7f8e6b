package de.kmuflow.invoice.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.kmuflow.extraction.ExtractionJson;
import de.kmuflow.inventory.GoodsReceived;
import de.kmuflow.inventory.OrderMatch;
import de.kmuflow.inventory.PurchaseOrders;
import de.kmuflow.invoice.InvoiceStatus;
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

	static final String ORDER_MATCH = "ORDER_MATCH";
	/** The audit trail's name for a re-checked three-way match. */
	static final String AUDIT_FIELD = "orderMatch";

	private static final EnumSet<InvoiceStatus> WAITING = EnumSet.of(InvoiceStatus.IN_REVIEW,
			InvoiceStatus.AWAITING_APPROVAL);
	private static final String FINDINGS_TEXT = "findingsText";

	private final InvoiceRepository invoices;
	private final InvoiceChangeRepository changes;
	private final PurchaseOrders purchaseOrders;
	private final TaskService tasks;
	private final Clock clock;

	OrderMatchRecheck(InvoiceRepository invoices, InvoiceChangeRepository changes, PurchaseOrders purchaseOrders,
			TaskService tasks, Clock clock) {
		this.invoices = invoices;
		this.changes = changes;
		this.purchaseOrders = purchaseOrders;
		this.tasks = tasks;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void goodsReceived(GoodsReceived receipt) {
		invoices.findByPurchaseOrderReferenceAndStatusIn(receipt.purchaseOrderNumber(), WAITING).forEach(this::recheck);
	}

	private void recheck(InvoiceEntity invoice) {
		Optional<OrderMatch> match = purchaseOrders.match(invoice.purchaseOrderReference, invoice.netTotal);
		if (match.isEmpty()) {
			return;
		}
		String explanation = match.get().explanation();
		List<InvoiceFinding> findings = new ArrayList<>(InvoiceService.read(invoice.findings));
		InvoiceFinding updated = new InvoiceFinding(ORDER_MATCH, InvoiceFinding.INFO, "purchaseOrderReference",
				explanation, null);
		String before = null;
		boolean replaced = false;
		for (int i = 0; i < findings.size(); i++) {
			if (ORDER_MATCH.equals(findings.get(i).rule())) {
				before = findings.get(i).message();
				findings.set(i, updated);
				replaced = true;
			}
		}
		if (Objects.equals(before, explanation)) {
			return;
		}
		if (!replaced) {
			findings.add(updated);
		}
		invoice.findings = json(findings);
		invoice.updatedAt = clock.instant();
		changes.save(new InvoiceChangeEntity(invoice.id, clock.instant(), "system", AUDIT_FIELD, before, explanation));
		if (invoice.processInstanceId != null) {
			String text = String.join("\n", findings.stream().map(InvoiceFinding::asText).toList());
			for (Task task : tasks.createTaskQuery().processInstanceId(invoice.processInstanceId).list()) {
				if (tasks.getVariableLocal(task.getId(), FINDINGS_TEXT) != null) {
					tasks.setVariableLocal(task.getId(), FINDINGS_TEXT, text);
				}
			}
		}
	}

	private static String json(List<InvoiceFinding> findings) {
		try {
			return ExtractionJson.mapper().writeValueAsString(findings);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
