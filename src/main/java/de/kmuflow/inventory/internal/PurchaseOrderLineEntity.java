package de.kmuflow.inventory.internal;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item on a purchase order; {@code processInstanceId} is the reorder process waiting for it. */
@Entity
@Table(name = "purchase_order_line")
class PurchaseOrderLineEntity {

	@Id
	UUID id;

	@Column(nullable = false)
	String sku;

	@Column(nullable = false)
	BigDecimal quantity;

	@Column(name = "received_quantity", nullable = false)
	BigDecimal receivedQuantity = BigDecimal.ZERO;

	@Column(name = "unit_price", nullable = false)
	BigDecimal unitPrice;

	@Column(name = "process_instance_id")
	String processInstanceId;

	protected PurchaseOrderLineEntity() {
	}

	PurchaseOrderLineEntity(String sku, BigDecimal quantity, BigDecimal unitPrice, String processInstanceId) {
		this.id = UUID.randomUUID();
		this.sku = sku;
		this.quantity = quantity;
		this.unitPrice = unitPrice;
		this.processInstanceId = processInstanceId;
	}

	BigDecimal outstanding() {
		return quantity.subtract(receivedQuantity).max(BigDecimal.ZERO);
	}

	boolean fullyReceived() {
		return receivedQuantity.compareTo(quantity) >= 0;
	}
}
