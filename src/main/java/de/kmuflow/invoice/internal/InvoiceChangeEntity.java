package de.kmuflow.invoice.internal;

import java.time.Instant;
import java.util.UUID;

import de.kmuflow.platform.CreatedWithId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit trail: who changed which value of an invoice when, from what to what. */
@Entity
@Table(name = "invoice_change")
class InvoiceChangeEntity extends CreatedWithId {

	@Id
	UUID id;

	@Override
	public UUID getId() {
		return id;
	}

	@Column(name = "invoice_id", nullable = false, updatable = false)
	UUID invoiceId;

	@Column(name = "changed_at", nullable = false, updatable = false)
	Instant changedAt;

	@Column(name = "changed_by", nullable = false, updatable = false)
	String changedBy;

	@Column(nullable = false, updatable = false)
	String field;

	@Column(name = "old_value", updatable = false)
	String oldValue;

	@Column(name = "new_value", updatable = false)
	String newValue;

	protected InvoiceChangeEntity() {
	}

	InvoiceChangeEntity(UUID invoiceId, Instant changedAt, String changedBy, String field, String oldValue,
			String newValue) {
		this.id = UUID.randomUUID();
		this.invoiceId = invoiceId;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.field = field;
		this.oldValue = limit(oldValue);
		this.newValue = limit(newValue);
	}

	private static String limit(String value) {
		return value == null || value.length() <= 2000 ? value : value.substring(0, 1997) + "...";
	}
}
