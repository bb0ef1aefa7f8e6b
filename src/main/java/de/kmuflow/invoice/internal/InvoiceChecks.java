package de.kmuflow.invoice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.inventory.OrderMatch;
import de.kmuflow.inventory.PurchaseOrders;
import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.invoice.rules.DuplicateRule;
import de.kmuflow.invoice.rules.Facts;
import de.kmuflow.invoice.rules.Finding;
import de.kmuflow.invoice.rules.InvoiceValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks: the rules judge the current invoice, a clerk corrects it where they found something, and
 * the routing says who approves it (nobody, when the three-way match agrees).
 */
@Service
@Transactional
class InvoiceChecks {

	/** The review form's field for why the clerk corrected what they did; one reason for the whole review. */
	static final String CORRECTION_REASON = "correctionReason";

	private final InvoiceRecords records;
	private final InvoiceRepository invoices;
	private final SupplierRepository suppliers;
	private final PurchaseOrders purchaseOrders;
	private final InvoiceProperties properties;
	private final Clock clock;
	private final InvoiceValidator rules;

	InvoiceChecks(InvoiceRecords records, InvoiceRepository invoices, SupplierRepository suppliers,
			PurchaseOrders purchaseOrders, InvoiceProperties properties, Clock clock) {
		this.records = records;
		this.invoices = invoices;
		this.suppliers = suppliers;
		this.purchaseOrders = purchaseOrders;
		this.properties = properties;
		this.clock = clock;
		this.rules = InvoiceValidator.forProcess(clock, properties.reviewConfidence(), properties.duplicateWindowDays());
	}

	/** Checks the invoice's current values and decides whether a clerk must look at it. */
	Routing validate(UUID id) {
		InvoiceEntity invoice = records.get(id);
		records.requireStatus(invoice, InvoiceStatus.EXTRACTED);
		ExtractedInvoice current = records.current(invoice);
		Facts facts = facts(invoice, current);
		boolean needsReview = check(invoice, current, facts).stream().anyMatch(Finding::needsReview);
		records.changeStatus(invoice, needsReview ? InvoiceStatus.IN_REVIEW : InvoiceStatus.AWAITING_APPROVAL,
				InvoiceRecords.SYSTEM);
		return routing(invoice, current, facts, needsReview);
	}

	/** Runs the rules, keeps their findings with the invoice and notes the duplicate they found. */
	private List<Finding> check(InvoiceEntity invoice, ExtractedInvoice current, Facts facts) {
		List<Finding> findings = rules.validate(current, facts);
		InvoiceRecords.storeFindings(invoice, findings);
		invoice.duplicateOf = findings.stream()
			.filter(finding -> DuplicateRule.DUPLICATE.equals(finding.rule()))
			.map(Finding::relatedInvoice)
			.findFirst()
			.orElse(null);
		return findings;
	}

	/** What the rules need besides the values, each looked up once: the order match above all. */
	private Facts facts(InvoiceEntity invoice, ExtractedInvoice current) {
		Optional<OrderMatch> match = current.purchaseOrderReference() == null ? Optional.empty()
				: purchaseOrders.match(current.purchaseOrderReference(), current.netTotal());
		boolean identified = current.sellerVatId() != null || current.sellerIban() != null;
		boolean known = identified && !suppliers.findByVatIdOrIban(current.sellerVatId(), current.sellerIban()).isEmpty();
		int window = properties.duplicateWindowDays();
		LocalDate issued = current.issueDate();
		List<Facts.EarlierInvoice> earlier = identified || current.sellerName() != null
				? invoices.findPossibleDuplicates(invoice.id, invoice.createdAt, current.sellerVatId(),
						current.sellerIban(), current.sellerName(), current.invoiceNumber(), current.grossTotal(),
						issued == null ? null : issued.minusDays(window), issued == null ? null : issued.plusDays(window))
				: List.of();
		return new Facts(invoice.extractionError, invoice.reviewedBy != null, match, known, earlier);
	}

	/**
	 * Three-way match: an invoice naming a purchase order whose goods are all received and whose
	 * amount agrees within the tolerance needs no approver; the decision is recorded.
	 */
	private Routing routing(InvoiceEntity invoice, ExtractedInvoice current, Facts facts, boolean needsReview) {
		double amount = current.grossTotal() == null ? 0 : current.grossTotal().abs().doubleValue();
		Date escalation = EscalationCalendar.escalationDate(InvoiceRecords.cashDiscountDeadline(current),
				properties.escalationWorkingDaysBeforeDiscount(), properties.approvalDays(), clock);
		boolean autoApproved = !needsReview && facts.orderAgrees();
		if (autoApproved) {
			records.changeStatus(invoice, InvoiceStatus.APPROVED, InvoiceRecords.SYSTEM);
			invoice.approvedBy = InvoiceRecords.SYSTEM;
			records.log(invoice, InvoiceRecords.SYSTEM, "approval", null,
					"automatisch freigegeben: " + facts.orderMatch().get().explanation());
		}
		return new Routing(needsReview, amount, invoice.category, escalation, autoApproved);
	}

	/** A clerk looks at the invoice (first review, or again after the supplier was asked). */
	void markInReview(UUID id) {
		records.changeStatus(records.get(id), InvoiceStatus.IN_REVIEW, InvoiceRecords.SYSTEM);
	}

	/** The variables the review form reads and writes. */
	static List<String> reviewFormKeys() {
		List<String> keys = new ArrayList<>();
		InvoiceField.all().stream().filter(InvoiceField::correctable).forEach(field -> keys.add(field.name()));
		keys.add(CORRECTION_REASON);
		keys.add(InvoiceFormTexts.FINDINGS_TEXT);
		keys.add(InvoiceFormTexts.DOCUMENT_URL);
		return keys;
	}

	/** Saves the clerk's corrections (each a row of the audit trail) and checks the invoice again. */
	Routing applyReview(UUID id, Map<String, Object> submitted, String user) {
		InvoiceEntity invoice = records.get(id);
		records.requireStatus(invoice, InvoiceStatus.IN_REVIEW);
		Object reason = submitted.get(CORRECTION_REASON);
		ExtractedInvoice current = records.current(invoice);
		for (InvoiceField<?> field : InvoiceField.all()) {
			if (field.correctable() && submitted.containsKey(field.name())) {
				Object typed = submitted.get(field.name());
				current = records.correct(invoice, current, field, typed == null ? null : typed.toString(), user,
						reason == null || reason.toString().isBlank() ? null : reason.toString().strip());
			}
		}
		invoice.reviewedBy = user;
		Facts facts = facts(invoice, current);
		check(invoice, current, facts);
		records.changeStatus(invoice, InvoiceStatus.AWAITING_APPROVAL, user);
		return routing(invoice, current, facts, false);
	}
}
