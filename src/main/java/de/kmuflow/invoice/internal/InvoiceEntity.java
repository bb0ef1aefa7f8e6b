package de.kmuflow.invoice.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import de.kmuflow.invoice.InvoiceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An invoice as kmu-flow keeps it; values a clerk may correct are changed through {@link InvoiceField}. */
@Entity
@Table(name = "invoice")
class InvoiceEntity {

	static final String DEFAULT_CATEGORY = "Misc";

	@Id
	UUID id;

	@Column(name = "document_id", nullable = false, updatable = false)
	UUID documentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	InvoiceStatus status;

	String kind;

	@Column(name = "document_type_code")
	String documentTypeCode;

	@Column(name = "invoice_number")
	String invoiceNumber;

	@Column(name = "issue_date")
	LocalDate issueDate;

	@Column(name = "due_date")
	LocalDate dueDate;

	@Column(name = "delivery_date")
	LocalDate deliveryDate;

	String currency;

	@Column(name = "seller_name")
	String sellerName;

	@Column(name = "seller_address")
	String sellerAddress;

	@Column(name = "seller_vat_id")
	String sellerVatId;

	@Column(name = "seller_tax_number")
	String sellerTaxNumber;

	@Column(name = "seller_iban")
	String sellerIban;

	@Column(name = "seller_bic")
	String sellerBic;

	@Column(name = "buyer_name")
	String buyerName;

	@Column(name = "buyer_reference")
	String buyerReference;

	@Column(name = "purchase_order_reference")
	String purchaseOrderReference;

	@Column(name = "net_total")
	BigDecimal netTotal;

	@Column(name = "tax_total")
	BigDecimal taxTotal;

	@Column(name = "gross_total")
	BigDecimal grossTotal;

	@Column(name = "payable_amount")
	BigDecimal payableAmount;

	@Column(name = "cash_discount_percent")
	BigDecimal cashDiscountPercent;

	@Column(name = "cash_discount_due_date")
	LocalDate cashDiscountDueDate;

	@Column(nullable = false)
	String category = DEFAULT_CATEGORY;

	@Column(name = "cost_centre")
	String costCentre;

	@Column(name = "expense_account")
	String expenseAccount;

	@Column(name = "supplier_id")
	UUID supplierId;

	/** The extraction result as JSON (lines, tax breakdown, confidences), as the reader returned it. */
	String extraction;

	/** The findings of the last validation, as JSON. */
	String findings;

	@Column(name = "extraction_error")
	String extractionError;

	@Column(name = "duplicate_of")
	UUID duplicateOf;

	@Column(name = "uploaded_by", updatable = false)
	String uploadedBy;

	@Column(name = "reviewed_by")
	String reviewedBy;

	@Column(name = "approved_by")
	String approvedBy;

	/** The groups the decision table named for the open approval, comma-separated. */
	@Column(name = "approver_groups")
	String approverGroups;

	@Column(name = "rejection_reason")
	String rejectionReason;

	@Column(name = "process_instance_id")
	String processInstanceId;

	@Column(name = "created_at", nullable = false, updatable = false)
	Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	Instant updatedAt;

	@Version
	int version;

	protected InvoiceEntity() {
	}

	InvoiceEntity(UUID documentId, String uploadedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.documentId = documentId;
		this.uploadedBy = uploadedBy;
		this.status = InvoiceStatus.RECEIVED;
		this.createdAt = now;
		this.updatedAt = now;
	}

	List<String> approverGroups() {
		return approverGroups == null || approverGroups.isBlank() ? List.of() : List.of(approverGroups.split(","));
	}

	void approverGroups(Collection<String> groups) {
		approverGroups = String.join(",", groups);
	}

	/** A credit note reduces what is owed; its amounts are booked with the opposite sign. */
	boolean isCreditNote() {
		return "381".equals(documentTypeCode) || "396".equals(documentTypeCode) || "261".equals(documentTypeCode);
	}
}
