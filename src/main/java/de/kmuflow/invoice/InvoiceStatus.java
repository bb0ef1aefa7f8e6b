package de.kmuflow.invoice;

/** Where an invoice stands; the names are part of the REST contract. */
public enum InvoiceStatus {
	RECEIVED, EXTRACTED, IN_REVIEW, AWAITING_APPROVAL, APPROVED, REJECTED, POSTED, CANCELLED
}
