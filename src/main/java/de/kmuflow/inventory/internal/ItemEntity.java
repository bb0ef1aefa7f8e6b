package de.kmuflow.inventory.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "item")
class ItemEntity {

	@Id
	String sku;

	@Column(nullable = false)
	String name;

	@Column(nullable = false)
	String unit;

	/** Kept equal to the sum of the item's movements, in the same transaction. */
	@Column(name = "on_hand", nullable = false)
	BigDecimal onHand = BigDecimal.ZERO;

	@Column(name = "reorder_point", nullable = false)
	BigDecimal reorderPoint;

	@Column(name = "reorder_quantity", nullable = false)
	BigDecimal reorderQuantity;

	@Column(name = "max_level")
	BigDecimal maxLevel;

	@Column(name = "supplier_name")
	String supplierName;

	@Column(name = "supplier_email")
	String supplierEmail;

	@Column(name = "unit_price", nullable = false)
	BigDecimal unitPrice;

	@Column(name = "lead_time_days", nullable = false)
	int leadTimeDays;

	@Version
	int version;

	boolean isLow() {
		return onHand.compareTo(reorderPoint) < 0;
	}
}
