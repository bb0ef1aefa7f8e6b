package de.kmuflow.invoice.internal;

import java.time.Instant;
import java.util.UUID;

import de.kmuflow.platform.CreatedWithId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One value a person changed after the reader: which field, from what to what (in the field's text
 * form), who, when and why. Never changed or deleted; applied in order to what was read, they make
 * the current invoice.
 */
@Entity
@Table(name = "invoice_correction")
class InvoiceCorrectionEntity extends CreatedWithId {

	@Id
	UUID id;

	@Override
	public UUID getId() {
		return id;
	}

	@Column(name = "invoice_id", nullable = false, updatable = false)
	UUID invoiceId;

	@Column(nullable = false, updatable = false)
	String field;

	@Column(name = "old_value", updatable = false)
	String oldValue;

	@Column(name = "new_value", updatable = false)
	String newValue;

	@Column(name = "corrected_by", nullable = false, updatable = false)
	String correctedBy;

	@Column(name = "corrected_at", nullable = false, updatable = false)
	Instant correctedAt;

	@Column(updatable = false)
	String reason;

	protected InvoiceCorrectionEntity() {
	}

	InvoiceCorrectionEntity(UUID invoiceId, String field, String oldValue, String newValue, String correctedBy,
			Instant correctedAt, String reason) {
		this.id = UUID.randomUUID();
		this.invoiceId = invoiceId;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.correctedBy = correctedBy;
		this.correctedAt = correctedAt;
		this.reason = reason;
	}
}
