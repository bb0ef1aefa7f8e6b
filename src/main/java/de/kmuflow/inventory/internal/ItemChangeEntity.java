package de.kmuflow.inventory.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One changed field of an item's master data: who, when, old and new value. Never changed itself. */
@Entity
@Table(name = "item_change")
class ItemChangeEntity {

	@Id
	UUID id;

	@Column(nullable = false, updatable = false)
	String sku;

	@Column(nullable = false, updatable = false)
	String field;

	@Column(name = "old_value", updatable = false)
	String oldValue;

	@Column(name = "new_value", updatable = false)
	String newValue;

	@Column(name = "changed_by", nullable = false, updatable = false)
	String changedBy;

	@Column(name = "changed_at", nullable = false, updatable = false)
	Instant changedAt;

	protected ItemChangeEntity() {
	}

	ItemChangeEntity(String sku, String field, String oldValue, String newValue, String changedBy, Instant changedAt) {
		this.id = UUID.randomUUID();
		this.sku = sku;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}
}
