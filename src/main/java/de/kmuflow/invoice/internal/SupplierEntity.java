package de.kmuflow.invoice.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A supplier known from posted invoices, recognised again by VAT ID or IBAN. */
@Entity
@Table(name = "supplier")
class SupplierEntity {

	@Id
	UUID id;

	@Column(nullable = false)
	String name;

	@Column(name = "vat_id")
	String vatId;

	@Column(name = "tax_number")
	String taxNumber;

	String iban;

	@Column(name = "creditor_account", nullable = false)
	String creditorAccount;

	@Column(name = "expense_account")
	String expenseAccount;

	@Column(name = "created_at", nullable = false, updatable = false)
	Instant createdAt;

	protected SupplierEntity() {
	}

	SupplierEntity(String name, String vatId, String taxNumber, String iban, String creditorAccount, Instant now) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.vatId = vatId;
		this.taxNumber = taxNumber;
		this.iban = iban;
		this.creditorAccount = creditorAccount;
		this.createdAt = now;
	}
}
