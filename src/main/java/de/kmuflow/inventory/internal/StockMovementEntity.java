package de.kmuflow.inventory.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import de.kmuflow.inventory.MovementType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of stock: who, when, why, and the stock after it. */
@Entity
@Table(name = "stock_movement")
class StockMovementEntity {

	@Id
	UUID id;

	@Column(nullable = false, updatable = false)
	String sku;

	@Column(nullable = false, updatable = false)
	BigDecimal quantity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	MovementType type;

	@Column(updatable = false)
	String reason;

	@Column(name = "purchase_order_id", updatable = false)
	UUID purchaseOrderId;

	@Column(name = "on_hand_after", nullable = false, updatable = false)
	BigDecimal onHandAfter;

	@Column(name = "created_by", nullable = false, updatable = false)
	String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	Instant createdAt;

	protected StockMovementEntity() {
	}

	StockMovementEntity(String sku, BigDecimal quantity, MovementType type, String reason, UUID purchaseOrderId,
			BigDecimal onHandAfter, String createdBy, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.sku = sku;
		this.quantity = quantity;
		this.type = type;
		this.reason = reason;
		this.purchaseOrderId = purchaseOrderId;
		this.onHandAfter = onHandAfter;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}
}
