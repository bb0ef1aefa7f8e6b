package de.kmuflow.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import de.kmuflow.inventory.GoodsReceived;
import de.kmuflow.testsupport.ModuleProcesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The inventory module alone (with the platform): booking a goods receipt announces it, with the
 * order's number invoices quote and whether the whole order is now in.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@ActiveProfiles("test")
@TestPropertySource(properties = ModuleProcesses.INVENTORY)
class GoodsReceivedTest {

	@Autowired
	InventoryService inventory;

	@Autowired
	ReorderService reorders;

	@Test
	void eachReceiptIsAnnouncedAndTheLastOneCompletesTheOrder(AssertablePublishedEvents events) {
		String sku = "G-" + UUID.randomUUID().toString().substring(0, 8);
		inventory.create(new ItemData(sku, "Kabelbinder", "Pkt", new BigDecimal("2"), new BigDecimal("5"),
				new BigDecimal("10"), null, "Lieferant " + sku, "bestellung@lieferant.example", new BigDecimal("1.50"), 2),
				"paula");
		ReorderService.Proposal proposal = reorders.propose(sku, "reorder-" + sku);
		assertThat(proposal.orderNeeded()).isTrue();

		reorders.bookReceipt(proposal.purchaseOrderId(), sku, new BigDecimal("4"), "lars");
		reorders.bookReceipt(proposal.purchaseOrderId(), sku, new BigDecimal("6"), "lars");

		assertThat(events).contains(GoodsReceived.class)
			.matching(receipt -> receipt.sku().equals(sku) && receipt.quantity().compareTo(new BigDecimal("4")) == 0
					&& !receipt.orderComplete() && "lars".equals(receipt.receivedBy()));
		assertThat(events).contains(GoodsReceived.class)
			.matching(receipt -> receipt.sku().equals(sku) && receipt.quantity().compareTo(new BigDecimal("6")) == 0
					&& receipt.orderComplete() && receipt.purchaseOrderId().equals(proposal.purchaseOrderId())
					&& receipt.purchaseOrderNumber().startsWith("PO-"));
	}
}
