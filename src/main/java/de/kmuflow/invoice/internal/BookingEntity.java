package de.kmuflow.invoice.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The booking an approved invoice is posted with; the DATEV export writes one line per booking. */
@Entity
@Table(name = "booking")
class BookingEntity {

	@Id
	UUID id;

	@Column(name = "invoice_id", nullable = false, updatable = false)
	UUID invoiceId;

	@Column(name = "supplier_name", nullable = false)
	String supplierName;

	@Column(name = "creditor_account", nullable = false)
	String creditorAccount;

	@Column(name = "expense_account", nullable = false)
	String expenseAccount;

	@Column(name = "cost_centre")
	String costCentre;

	@Column(name = "tax_key")
	String taxKey;

	/** Gross amount; negative for a credit note. */
	@Column(nullable = false)
	BigDecimal amount;

	@Column(nullable = false)
	String currency;

	@Column(name = "invoice_number")
	String invoiceNumber;

	@Column(name = "invoice_date", nullable = false)
	LocalDate invoiceDate;

	@Column(name = "due_date")
	LocalDate dueDate;

	@Column(name = "cash_discount_percent")
	BigDecimal cashDiscountPercent;

	@Column(name = "cash_discount_due_date")
	LocalDate cashDiscountDueDate;

	@Column(name = "booking_text")
	String bookingText;

	@Column(nullable = false)
	boolean archived;

	@Column(name = "posted_at", nullable = false)
	Instant postedAt;

	@Column(name = "posted_by")
	String postedBy;

	protected BookingEntity() {
	}

	BookingEntity(UUID invoiceId, Instant postedAt) {
		this.id = UUID.randomUUID();
		this.invoiceId = invoiceId;
		this.postedAt = postedAt;
	}
}
