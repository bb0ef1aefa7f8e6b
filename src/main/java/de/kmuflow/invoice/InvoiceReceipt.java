package de.kmuflow.invoice;

import java.util.UUID;

/** The answer to a submitted document: the invoice it became, or the earlier one it duplicates. */
public record InvoiceReceipt(UUID id, InvoiceStatus status, UUID duplicateOf) {
}
