package de.kmuflow.extraction;

import java.math.BigDecimal;

/** One position of an invoice; any value may be null when the document does not show it. */
public record InvoiceLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal net) {
}
