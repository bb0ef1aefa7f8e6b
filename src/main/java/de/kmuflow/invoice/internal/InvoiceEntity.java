package de.kmuflow.invoice.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.platform.CreatedWithId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An invoice as kmu-flow keeps it: the extraction as read, its life cycle, and as columns the few
 * current values that queries need (lists, search, duplicate and supplier look-ups, routing). Those
 * columns are a projection of the current invoice ({@link #show}); the values themselves are the
 * extraction with its corrections ({@link InvoiceCorrectionEntity}).
 */
@Entity
@Table(name = "invoice")
class InvoiceEntity extends CreatedWithId {

	static final String DEFAULT_CATEGORY = "Misc";

	@Id
	UUID id;

	@Override
	public UUID getId() {
		return id;
	}

	@Column(name = "document_id", nullable = false, updatable = false)
	UUID documentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	InvoiceStatus status;

	String kind;


	@Column(name = "invoice_number")
	String invoiceNumber;

	@Column(name = "issue_date")
	LocalDate issueDate;

	@Column(name = "due_date")
	LocalDate dueDate;


	String currency;

	@Column(name = "seller_name")
	String sellerName;


	@Column(name = "seller_vat_id")
	String sellerVatId;


	@Column(name = "seller_iban")
	String sellerIban;







	@Column(name = "purchase_order_reference")
	String purchaseOrderReference;

	@Column(name = "gross_total")
	BigDecimal grossTotal;




	@Column(nullable = false)
	String category = DEFAULT_CATEGORY;


	@Column(name = "expense_account")
	String expenseAccount;

	@Column(name = "supplier_id")
	UUID supplierId;

	/** The extraction result as JSON (lines, tax breakdown, confidences), as the reader returned it; written once. */
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

	/** Refreshes the query columns from the current invoice. */
	void show(ExtractedInvoice current) {
		kind = current.kind() == null ? null : current.kind().name();
		invoiceNumber = current.invoiceNumber();
		issueDate = current.issueDate();
		dueDate = current.dueDate();
		currency = current.currency();
		sellerName = current.sellerName();
		sellerVatId = current.sellerVatId();
		sellerIban = current.sellerIban();
		purchaseOrderReference = current.purchaseOrderReference();
		grossTotal = current.grossTotal();
		category = Objects.requireNonNullElse(current.get(InvoiceField.CATEGORY), DEFAULT_CATEGORY);
	}
}
