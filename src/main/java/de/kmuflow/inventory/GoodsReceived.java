package de.kmuflow.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * Goods of a purchase order were booked into stock. Published when the receipt is committed;
 * invoices naming the order react to it (their three-way match may now agree).
 *
 * @param purchaseOrderNumber the number invoices quote as their order reference
 * @param quantity what arrived of this line with this receipt
 * @param orderComplete whether every line of the order is now fully received
 */
@DomainEvent
public record GoodsReceived(UUID purchaseOrderId, String purchaseOrderNumber, String sku, BigDecimal quantity,
		boolean orderComplete, String receivedBy, Instant receivedAt) {
}
