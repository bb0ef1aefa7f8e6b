package de.kmuflow.invoice;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A person corrected one value of an invoice: published once per changed field when a review is
 * saved, in the transaction that saves it. {@code field} is the field's name in the JSON contract
 * (e.g. {@code sellerVatId}, {@code invoiceCategory}); values are in their text form (ISO dates,
 * amounts with a dot), null when absent. {@code supplier} names the supplier as the invoice does
 * after the review, so the correction of a VAT ID is filed under the corrected one.
 */
@DomainEvent
public record InvoiceCorrected(UUID invoiceId, UUID documentId, Supplier supplier, String field, String oldValue,
		String newValue, String correctedBy, Instant correctedAt, String reason) {

	public InvoiceCorrected {
		Objects.requireNonNull(invoiceId, "invoiceId");
		Objects.requireNonNull(supplier, "supplier");
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(correctedAt, "correctedAt");
	}

	/** How the supplier is recognised: VAT ID, IBAN and name, each null when the invoice has none. */
	public record Supplier(String vatId, String iban, String name) {
	}
}
