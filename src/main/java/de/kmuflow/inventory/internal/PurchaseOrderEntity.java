package de.kmuflow.inventory.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "purchase_order")
class PurchaseOrderEntity {

	/** Where a purchase order stands. */
	enum Status {
		PROPOSED, APPROVED, REJECTED, SENT, PARTIALLY_RECEIVED, RECEIVED;

		boolean isOpenForLines() {
			return this == PROPOSED;
		}

		boolean awaitsGoods() {
			return this == SENT || this == PARTIALLY_RECEIVED;
		}

		/** Proposed, approved or on its way: the items on it are being reordered. */
		boolean isOpen() {
			return this != REJECTED && this != RECEIVED;
		}
	}

	@Id
	UUID id;

	@Column(nullable = false, updatable = false)
	String number;

	@Column(name = "supplier_name", nullable = false)
	String supplierName;

	@Column(name = "supplier_email")
	String supplierEmail;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	Status status;

	@Column(name = "created_at", nullable = false, updatable = false)
	Instant createdAt;

	@Column(name = "approved_by")
	String approvedBy;

	@Column(name = "sent_at")
	Instant sentAt;

	@Column(name = "expected_by")
	LocalDate expectedBy;

	@Version
	int version;

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@JoinColumn(name = "purchase_order_id", nullable = false)
	@OrderBy("sku")
	List<PurchaseOrderLineEntity> lines = new ArrayList<>();

	protected PurchaseOrderEntity() {
	}

	PurchaseOrderEntity(String number, String supplierName, String supplierEmail, Instant now) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.supplierName = supplierName;
		this.supplierEmail = supplierEmail;
		this.status = Status.PROPOSED;
		this.createdAt = now;
	}

	BigDecimal orderedValue() {
		return lines.stream().map(line -> line.unitPrice.multiply(line.quantity)).reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, RoundingMode.HALF_UP);
	}

	BigDecimal receivedValue() {
		return lines.stream().map(line -> line.unitPrice.multiply(line.receivedQuantity))
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, RoundingMode.HALF_UP);
	}

	boolean fullyReceived() {
		return lines.stream().allMatch(PurchaseOrderLineEntity::fullyReceived);
	}
}
