package de.kmuflow.inventory;

import java.math.BigDecimal;

/**
 * How an invoice's net amount compares with its purchase order and what has been received of it:
 * {@code agrees} when the goods are all received and the amounts differ by no more than the tolerance.
 */
public record OrderMatch(String purchaseOrderNumber, BigDecimal orderedValue, BigDecimal receivedValue,
		BigDecimal invoicedNet, boolean fullyReceived, boolean agrees, String explanation) {
}
