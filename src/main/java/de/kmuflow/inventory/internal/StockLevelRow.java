package de.kmuflow.inventory.internal;

import java.math.BigDecimal;

/** One line of a stock-level export: the counted stock of an item, and optionally its new reorder point. */
record StockLevelRow(long line, String sku, BigDecimal onHand, BigDecimal reorderPoint) {
}
