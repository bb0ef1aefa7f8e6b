package de.kmuflow.invoice.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.ExtractionJson;
import de.kmuflow.extraction.TaxLine;
import de.kmuflow.invoice.InvoiceCorrected;
import de.kmuflow.invoice.InvoiceIntakeProcess;
import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import de.kmuflow.invoice.InvoicePosted;
import de.kmuflow.invoice.InvoiceReceipt;
import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.invoice.Invoices;
import de.kmuflow.inventory.OrderMatch;
import de.kmuflow.inventory.PurchaseOrders;
import de.kmuflow.invoice.rules.InvoiceValidator;
import de.kmuflow.platform.GermanFormat;
import de.kmuflow.platform.Incidents;
import de.kmuflow.platform.StepRefused;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoice's use cases, one method per step of the invoice process; the process delegates and
 * task listeners only call these.
 */
@Service
@Transactional
class InvoiceService implements Invoices {

	/** Fields a clerk would otherwise type; a doubtful one sends the invoice to review. */
	static final List<String> CORE_FIELDS = List.of("invoiceNumber", "issueDate", "sellerName", "sellerVatId",
			"sellerIban", "netTotal", "taxTotal", "grossTotal");

	private static final ObjectMapper JSON = ExtractionJson.mapper();

	private static final String SYSTEM = "system";

	private final InvoiceRepository invoices;
	private final InvoiceChangeRepository changes;
	private final SupplierRepository suppliers;
	private final BookingRepository bookings;
	private final DocumentStore documents;
	private final RuntimeService runtime;
	private final InvoiceProperties properties;
	private final Clock clock;
	private final InvoiceValidator rules;
	private final PurchaseOrders purchaseOrders;
	private final ApplicationEventPublisher events;

	InvoiceService(InvoiceRepository invoices, InvoiceChangeRepository changes, SupplierRepository suppliers,
			BookingRepository bookings, DocumentStore documents, RuntimeService runtime,
			InvoiceProperties properties, Clock clock, PurchaseOrders purchaseOrders, ApplicationEventPublisher events) {
		this.invoices = invoices;
		this.changes = changes;
		this.suppliers = suppliers;
		this.bookings = bookings;
		this.documents = documents;
		this.runtime = runtime;
		this.properties = properties;
		this.clock = clock;
		this.rules = InvoiceValidator.standard(clock);
		this.purchaseOrders = purchaseOrders;
		this.events = events;
	}

	@Override
	public InvoiceReceipt receive(DocumentStore.Stored stored, String uploadedBy) {
		if (stored.known()) {
			var existing = invoices.findFirstByDocumentIdOrderByCreatedAt(stored.document().id());
			if (existing.isPresent()) {
				return new InvoiceReceipt(existing.get().id, existing.get().status, existing.get().id);
			}
		}
		InvoiceEntity invoice = invoices.save(new InvoiceEntity(stored.document().id(), uploadedBy, clock.instant()));
		audit(invoice, uploadedBy, "status", null, InvoiceStatus.RECEIVED.name());
		startProcess(invoice);
		return new InvoiceReceipt(invoice.id, invoice.status, null);
	}

	/** Starts the process of a received invoice; its start listener binds it to the invoice (bindProcess). */
	void startProcess(InvoiceEntity invoice) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(Variables.INVOICE_ID, invoice.id.toString());
		variables.put(Variables.UPLOADED_BY, invoice.uploadedBy);
		runtime.startProcessInstanceByKey(InvoiceIntakeProcess.KEY, invoice.id.toString(), variables);
	}

	/**
	 * One invoice, one process: the first instance started for a newly received invoice owns it;
	 * any further start (by hand, over the REST API) is refused.
	 */
	void bindProcess(UUID id, String processInstanceId) {
		InvoiceEntity invoice = invoices.findById(id)
			.orElseThrow(() -> new StepRefused("Eine Rechnung " + id + " gibt es nicht; der Vorgang wurde nicht gestartet."));
		if (invoice.processInstanceId != null && !invoice.processInstanceId.equals(processInstanceId)
				|| invoice.status != InvoiceStatus.RECEIVED) {
			throw new StepRefused("Für diese Rechnung gibt es schon einen Vorgang (Status „"
					+ InvoiceLifecycle.label(invoice.status) + "“); ein zweiter wird nicht gestartet.");
		}
		invoice.processInstanceId = processInstanceId;
	}

	/** Refuses a step reached from any process but the invoice's own. */
	void requireOwnProcess(UUID id, String processInstanceId) {
		if (!Objects.equals(get(id).processInstanceId, processInstanceId)) {
			throw new StepRefused("Dieser Schritt gehört nicht zum Vorgang der Rechnung " + id
					+ "; er wurde nicht ausgeführt.");
		}
	}

	/**
	 * The stored original of an invoice that is about to be read; refused when the invoice is past reading.
	 * The reading itself runs outside any transaction ({@link ReadInvoiceWork}).
	 */
	byte[] originalToRead(UUID id) {
		InvoiceEntity invoice = get(id);
		InvoiceLifecycle.check(invoice.status, InvoiceStatus.EXTRACTED);
		try {
			return documents.content(invoice.documentId);
		}
		catch (RuntimeException e) {
			throw Incidents.documentUnreadable("Der Originalbeleg " + invoice.documentId + " der Rechnung " + id, e);
		}
	}

	/**
	 * Records what was read. An unreadable document is no failure: it goes to review with the reason
	 * ({@code unreadable}). Returns whether the document could be read.
	 */
	boolean recordExtraction(UUID id, ExtractedInvoice extracted, String unreadable) {
		InvoiceEntity invoice = get(id);
		InvoiceLifecycle.check(invoice.status, InvoiceStatus.EXTRACTED);
		if (extracted == null) {
			invoice.extractionError = unreadable;
			changeStatus(invoice, InvoiceStatus.EXTRACTED, "system");
			return false;
		}
		invoice.extraction = ExtractionJson.toJson(null, extracted, null).toString();
		invoice.kind = extracted.kind().name();
		invoice.documentTypeCode = extracted.documentTypeCode();
		for (InvoiceField field : InvoiceField.values()) {
			String value = extractedValue(extracted, field);
			if (value != null) {
				field.write(invoice, value);
			}
		}
		invoice.sellerBic = extracted.sellerBic();
		invoice.buyerReference = extracted.buyerReference();
		invoice.payableAmount = extracted.payableAmount();
		if (extracted.cashDiscount() != null) {
			invoice.cashDiscountPercent = extracted.cashDiscount().percent();
			invoice.cashDiscountDueDate = extracted.cashDiscount().deadline(extracted.issueDate());
		}
		audit(invoice, "system", "extraction", null, extracted.kind().name() + ", " + extracted.presentFields().size()
				+ " Felder gelesen");
		changeStatus(invoice, InvoiceStatus.EXTRACTED, "system");
		return true;
	}

	private static String extractedValue(ExtractedInvoice extracted, InvoiceField field) {
		Object value = switch (field) {
			case INVOICE_NUMBER -> extracted.invoiceNumber();
			case ISSUE_DATE -> extracted.issueDate();
			case DUE_DATE -> extracted.dueDate();
			case DELIVERY_DATE -> extracted.deliveryDate();
			case CURRENCY -> extracted.currency();
			case SELLER_NAME -> extracted.sellerName();
			case SELLER_ADDRESS -> extracted.sellerAddress();
			case SELLER_VAT_ID -> extracted.sellerVatId();
			case SELLER_TAX_NUMBER -> extracted.sellerTaxNumber();
			case SELLER_IBAN -> extracted.sellerIban();
			case BUYER_NAME -> extracted.buyerName();
			case PURCHASE_ORDER_REFERENCE -> extracted.purchaseOrderReference();
			case NET_TOTAL -> extracted.netTotal();
			case TAX_TOTAL -> extracted.taxTotal();
			case GROSS_TOTAL -> extracted.grossTotal();
			case CATEGORY, COST_CENTRE -> null;
		};
		return value instanceof BigDecimal amount ? amount.toPlainString() : value == null ? null : value.toString();
	}

	/** Checks the invoice's current values and decides whether a clerk must look at it. */
	Routing validate(UUID id) {
		InvoiceEntity invoice = get(id);
		requireStatus(invoice, InvoiceStatus.EXTRACTED);
		List<InvoiceFinding> findings = findings(invoice);
		invoice.findings = write(findings);
		boolean needsReview = findings.stream().anyMatch(InvoiceFinding::needsReview);
		changeStatus(invoice, needsReview ? InvoiceStatus.IN_REVIEW : InvoiceStatus.AWAITING_APPROVAL, "system");
		return routing(invoice, needsReview);
	}

	private List<InvoiceFinding> findings(InvoiceEntity invoice) {
		List<InvoiceFinding> findings = new ArrayList<>();
		if (invoice.extractionError != null) {
			findings.add(new InvoiceFinding("UNREADABLE", InvoiceFinding.ERROR, null,
					"Der Beleg konnte nicht gelesen werden: " + invoice.extractionError + ". Bitte alle Werte vom Original abtippen.",
					null));
		}
		ExtractedInvoice current = current(invoice);
		rules.validate(current)
			.forEach(finding -> findings.add(new InvoiceFinding(finding.rule(), finding.severity().name(),
					finding.field(), finding.message(), null)));
		if (current.findings().contains(ExtractedInvoice.BIDI_FINDING)) {
			// names that were made to read differently than they are: a person compares them with the original
			findings.add(new InvoiceFinding("BIDI_CONTROLS", InvoiceFinding.WARNING, "sellerName",
					ExtractedInvoice.BIDI_FINDING, null));
		}
		current.findings().stream()
			.filter(text -> text.startsWith("Fehler"))
			.forEach(text -> findings.add(new InvoiceFinding("EN16931", InvoiceFinding.WARNING, null,
					"E-Rechnung verletzt eine Regel: " + text, null)));
		lowConfidence(invoice, current).forEach(findings::add);
		orderMatch(invoice).ifPresent(match -> findings.add(new InvoiceFinding("ORDER_MATCH", InvoiceFinding.INFO,
				"purchaseOrderReference", match.explanation(), null)));
		duplicates(invoice).forEach(findings::add);
		boolean orderedFromThem = orderMatch(invoice).map(OrderMatch::agrees).orElse(false);
		if (orderedFromThem) {
			// the supplier is the one the goods were ordered from and received: not a stranger
			return findings;
		}
		if (invoice.sellerVatId != null || invoice.sellerIban != null) {
			if (suppliers.findByVatIdOrIban(invoice.sellerVatId, invoice.sellerIban).isEmpty()) {
				findings.add(new InvoiceFinding("NEW_SUPPLIER", InvoiceFinding.WARNING, "sellerName",
						sentence("Neuer Lieferant: " + Objects.requireNonNullElse(invoice.sellerName, "unbekannt"))
								+ " Bitte Stammdaten (USt-IdNr., IBAN) prüfen.",
						null));
			}
		}
		else {
			findings.add(new InvoiceFinding("NEW_SUPPLIER", InvoiceFinding.WARNING, "sellerName",
					"Lieferant nicht erkennbar: weder USt-IdNr. noch IBAN gefunden.", null));
		}
		return findings;
	}

	/** Ends a sentence with a full stop, unless a name in it already did ("Kessler e.K."). */
	static String sentence(String text) {
		return text.endsWith(".") ? text : text + ".";
	}

	/** Doubts about how a field was read; none once a person has checked the invoice against its original. */
	private List<InvoiceFinding> lowConfidence(InvoiceEntity invoice, ExtractedInvoice current) {
		if (invoice.reviewedBy != null || current.kind() == null || current.kind().isEInvoice()) {
			return List.of();
		}
		List<InvoiceFinding> doubtful = new ArrayList<>();
		for (String field : CORE_FIELDS) {
			Double confidence = current.confidence().get(field);
			if (confidence != null && confidence < properties.reviewConfidence()) {
				doubtful.add(new InvoiceFinding("LOW_CONFIDENCE", InvoiceFinding.WARNING, field,
						"Unsicher gelesen (" + Math.round(confidence * 100) + " %): bitte mit dem Beleg vergleichen.", null));
			}
		}
		return doubtful;
	}

	/** Same supplier and number, or same supplier, amount and a date within the window. */
	private List<InvoiceFinding> duplicates(InvoiceEntity invoice) {
		invoice.duplicateOf = null;
		List<InvoiceFinding> found = new ArrayList<>();
		if (invoice.sellerVatId == null && invoice.sellerIban == null && invoice.sellerName == null) {
			return found;
		}
		for (InvoiceEntity other : invoices.findOthersFromSameSupplier(invoice.id, invoice.sellerVatId,
				invoice.sellerIban, invoice.sellerName)) {
			if (!other.createdAt.isBefore(invoice.createdAt)) {
				continue;
			}
			boolean sameNumber = invoice.invoiceNumber != null && invoice.invoiceNumber.equals(other.invoiceNumber);
			boolean sameAmountNearDate = invoice.grossTotal != null && other.grossTotal != null
					&& invoice.grossTotal.compareTo(other.grossTotal) == 0 && invoice.issueDate != null
					&& other.issueDate != null && Math.abs(ChronoUnit.DAYS.between(invoice.issueDate,
							other.issueDate)) <= properties.duplicateWindowDays();
			if (sameNumber || sameAmountNearDate) {
				invoice.duplicateOf = other.id;
				found.add(new InvoiceFinding("DUPLICATE", InvoiceFinding.WARNING, sameNumber ? "invoiceNumber" : "grossTotal",
						"Mögliche Doppelrechnung: " + (sameNumber ? "gleiche Rechnungsnummer " + other.invoiceNumber
								: "gleicher Betrag " + other.grossTotal + " vom " + other.issueDate)
								+ " wie eine frühere Rechnung dieses Lieferanten.",
						other.id));
				break;
			}
		}
		return found;
	}

	/** The extraction with the clerk's corrections applied: what the rules check. */
	private ExtractedInvoice current(InvoiceEntity invoice) {
		ExtractedInvoice base;
		try {
			base = invoice.extraction == null ? ExtractedInvoice.builder(null).build()
					: ExtractionJson.fromJson(JSON.readTree(invoice.extraction));
		}
		catch (IOException e) {
			throw new IllegalStateException("stored extraction of invoice " + invoice.id + " is unreadable", e);
		}
		return base.toBuilder()
			.invoiceNumber(invoice.invoiceNumber)
			.issueDate(invoice.issueDate)
			.dueDate(invoice.dueDate)
			.deliveryDate(invoice.deliveryDate)
			.currency(invoice.currency)
			.sellerName(invoice.sellerName)
			.sellerAddress(invoice.sellerAddress)
			.sellerVatId(invoice.sellerVatId)
			.sellerTaxNumber(invoice.sellerTaxNumber)
			.sellerIban(invoice.sellerIban)
			.buyerName(invoice.buyerName)
			.purchaseOrderReference(invoice.purchaseOrderReference)
			.netTotal(invoice.netTotal)
			.taxTotal(invoice.taxTotal)
			.grossTotal(invoice.grossTotal)
			.build();
	}

	/**
	 * Three-way match: an invoice naming a purchase order whose goods are all received and whose
	 * amount agrees within the tolerance needs no approver; the decision is recorded.
	 */
	private Routing routing(InvoiceEntity invoice, boolean needsReview) {
		double amount = invoice.grossTotal == null ? 0 : invoice.grossTotal.abs().doubleValue();
		Date escalation = EscalationCalendar.escalationDate(invoice.cashDiscountDueDate,
				properties.escalationWorkingDaysBeforeDiscount(), properties.approvalDays(), clock);
		Optional<OrderMatch> match = orderMatch(invoice);
		boolean autoApproved = !needsReview && match.map(OrderMatch::agrees).orElse(false);
		if (autoApproved) {
			changeStatus(invoice, InvoiceStatus.APPROVED, SYSTEM);
			invoice.approvedBy = SYSTEM;
			audit(invoice, SYSTEM, "approval", null, "automatisch freigegeben: " + match.get().explanation());
		}
		return new Routing(needsReview, amount, invoice.category, escalation, autoApproved);
	}

	private Optional<OrderMatch> orderMatch(InvoiceEntity invoice) {
		return invoice.purchaseOrderReference == null ? Optional.empty()
				: purchaseOrders.match(invoice.purchaseOrderReference, invoice.netTotal);
	}

	/** Values for the review form: every field as text, the findings, and the link to the original. */
	Map<String, Object> reviewFormValues(UUID id) {
		InvoiceEntity invoice = get(id);
		Map<String, Object> values = new LinkedHashMap<>();
		for (InvoiceField field : InvoiceField.values()) {
			values.put(field.key, field.formText(invoice));
		}
		values.put("findingsText", findingsText(invoice));
		values.put("documentUrl", documentUrl(invoice));
		return values;
	}

	static List<String> reviewFormKeys() {
		List<String> keys = new ArrayList<>();
		for (InvoiceField field : InvoiceField.values()) {
			keys.add(field.key);
		}
		keys.add("findingsText");
		keys.add("documentUrl");
		return keys;
	}

	/** Saves the clerk's corrections (each change in the audit trail) and checks the invoice again. */
	Routing applyReview(UUID id, Map<String, Object> submitted, String user) {
		InvoiceEntity invoice = get(id);
		requireStatus(invoice, InvoiceStatus.IN_REVIEW);
		List<InvoiceChangeEntity> corrections = new ArrayList<>();
		for (InvoiceField field : InvoiceField.values()) {
			if (!submitted.containsKey(field.key)) {
				continue;
			}
			Object raw = submitted.get(field.key);
			String before = field.read(invoice);
			field.write(invoice, raw == null ? null : raw.toString());
			String after = field.read(invoice);
			if (!Objects.equals(before, after)) {
				corrections.add(audit(invoice, user, field.key, before, after));
			}
		}
		var supplier = new InvoiceCorrected.Supplier(invoice.sellerVatId, invoice.sellerIban, invoice.sellerName);
		corrections.forEach(change -> events.publishEvent(new InvoiceCorrected(invoice.id, invoice.documentId, supplier,
				change.field, change.oldValue, change.newValue, change.changedBy, change.changedAt, null)));
		invoice.reviewedBy = user;
		invoice.findings = write(findings(invoice));
		changeStatus(invoice, InvoiceStatus.AWAITING_APPROVAL, user);
		return routing(invoice, false);
	}

	Map<String, Object> approvalFormValues(UUID id) {
		InvoiceEntity invoice = get(id);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("sellerName", invoice.sellerName);
		values.put("invoiceNumber", invoice.invoiceNumber);
		values.put("grossTotal", GermanFormat.money(invoice.grossTotal, invoice.currency));
		values.put("dueDateText", GermanFormat.date(invoice.dueDate));
		values.put("cashDiscountText", invoice.cashDiscountPercent == null ? null
				: GermanFormat.quantity(invoice.cashDiscountPercent) + " % bis " + GermanFormat.date(invoice.cashDiscountDueDate));
		values.put("findingsText", findingsText(invoice));
		values.put("documentUrl", documentUrl(invoice));
		values.put("rejectionReason", invoice.rejectionReason);
		return values;
	}

	/** The users who may never approve this invoice: whoever brought it in or corrected it. */
	List<String> excludedApprovers(UUID id) {
		return excludedApprovers(get(id));
	}

	private static List<String> excludedApprovers(InvoiceEntity invoice) {
		List<String> excluded = new ArrayList<>();
		if (invoice.uploadedBy != null) {
			excluded.add(invoice.uploadedBy);
		}
		if (invoice.reviewedBy != null) {
			excluded.add(invoice.reviewedBy);
		}
		return excluded;
	}

	/**
	 * The approver's decision. Only a member of a group the decision table named may decide, and
	 * never whoever brought the invoice in or corrected it; a rejection needs a reason.
	 */
	void recordApproval(UUID id, String user, Collection<String> userGroups, boolean approved, String reason) {
		InvoiceEntity invoice = get(id);
		requireStatus(invoice, InvoiceStatus.AWAITING_APPROVAL);
		refuseSecondPairOfEyesMissing(excludedApprovers(invoice), user);
		List<String> allowed = invoice.approverGroups();
		if (user == null || userGroups.stream().noneMatch(allowed::contains)) {
			throw new StepRefused("Diese Rechnung gibt nur " + (allowed.isEmpty() ? "eine berechtigte Gruppe"
					: "die Gruppe " + String.join(" oder ", allowed)) + " frei; " + Objects.requireNonNullElse(user,
							"ein unbekannter Benutzer") + " gehört nicht dazu.");
		}
		requireRejectionReason(approved, reason);
		changeStatus(invoice, approved ? InvoiceStatus.APPROVED : InvoiceStatus.REJECTED, user);
		invoice.approvedBy = user;
		if (!approved) {
			audit(invoice, user, "rejectionReason", invoice.rejectionReason, reason);
			invoice.rejectionReason = reason;
		}
	}

	static void requireRejectionReason(boolean approved, String reason) {
		if (!approved && (reason == null || reason.isBlank())) {
			throw new StepRefused("Bitte begründen Sie die Ablehnung (a rejection needs a reason).");
		}
	}

	/** Refuses the uploader and the reviewer as approvers (four-eyes principle), whatever the client. */
	static void refuseSecondPairOfEyesMissing(List<String> excludedApprovers, String user) {
		if (user != null && excludedApprovers.contains(user)) {
			throw new StepRefused("Vier-Augen-Prinzip: " + user
					+ " hat diese Rechnung erfasst oder geprüft und darf sie nicht freigeben"
					+ " (four-eyes principle: the uploader or reviewer may not approve).");
		}
	}

	/** The approval task is open (again, after an escalation): for the groups the decision table named. */
	void markAwaitingApproval(UUID id, Collection<String> approverGroups) {
		InvoiceEntity invoice = get(id);
		changeStatus(invoice, InvoiceStatus.AWAITING_APPROVAL, SYSTEM);
		invoice.approverGroups(approverGroups);
	}

	/** A clerk looks at the invoice (first review, or again after the supplier was asked). */
	void markInReview(UUID id) {
		changeStatus(get(id), InvoiceStatus.IN_REVIEW, SYSTEM);
	}

	/**
	 * Books the approved invoice: supplier (created on first posting), accounts, tax key, due date
	 * and discount. Only an invoice with a recorded approval (a person's or the three-way match's)
	 * is booked.
	 */
	void post(UUID id, String user) {
		InvoiceEntity invoice = get(id);
		if (invoice.status != InvoiceStatus.APPROVED || invoice.approvedBy == null) {
			throw new StepRefused("Die Rechnung ist nicht freigegeben (Status „" + InvoiceLifecycle.label(invoice.status)
					+ "“) und wird nicht gebucht.");
		}
		SupplierEntity supplier = supplierOf(invoice);
		BookingEntity booking = new BookingEntity(invoice.id, clock.instant());
		booking.supplierName = supplier.name;
		booking.creditorAccount = supplier.creditorAccount;
		booking.expenseAccount = invoice.expenseAccount != null ? invoice.expenseAccount
				: supplier.expenseAccount != null ? supplier.expenseAccount : properties.expenseAccountFor(invoice.category);
		booking.costCentre = invoice.costCentre;
		booking.taxKey = properties.taxKeyFor(dominantRate(invoice));
		BigDecimal gross = Objects.requireNonNullElse(invoice.grossTotal, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
		booking.amount = invoice.isCreditNote() ? gross.abs().negate() : gross;
		booking.currency = Objects.requireNonNullElse(invoice.currency, "EUR");
		booking.invoiceNumber = invoice.invoiceNumber;
		booking.invoiceDate = Objects.requireNonNullElse(invoice.issueDate, LocalDate.now(clock));
		booking.dueDate = invoice.dueDate;
		booking.cashDiscountPercent = invoice.cashDiscountPercent;
		booking.cashDiscountDueDate = invoice.cashDiscountDueDate;
		String text = (invoice.isCreditNote() ? "GS " : "RE ") + Objects.requireNonNullElse(invoice.invoiceNumber, "")
				+ " " + supplier.name;
		booking.bookingText = text.length() > 60 ? text.substring(0, 60) : text;
		booking.archived = true;
		booking.postedBy = user;
		bookings.save(booking);
		invoice.supplierId = supplier.id;
		changeStatus(invoice, InvoiceStatus.POSTED, user);
		events.publishEvent(new InvoicePosted(invoice.id, invoice.processInstanceId, booking.amount, booking.currency,
				SYSTEM.equals(invoice.approvedBy), user, booking.postedAt));
	}

	private SupplierEntity supplierOf(InvoiceEntity invoice) {
		List<SupplierEntity> known = suppliers.findByVatIdOrIban(invoice.sellerVatId, invoice.sellerIban);
		if (!known.isEmpty()) {
			return known.get(0);
		}
		String account = Long.toString(properties.creditorAccountStart() + suppliers.count());
		return suppliers.save(new SupplierEntity(Objects.requireNonNullElse(invoice.sellerName, "Unbekannter Lieferant"),
				invoice.sellerVatId, invoice.sellerTaxNumber, invoice.sellerIban, account, clock.instant()));
	}

	private BigDecimal dominantRate(InvoiceEntity invoice) {
		try {
			ExtractedInvoice current = current(invoice);
			return current.taxBreakdown().stream()
				.filter(tax -> tax.rate() != null && tax.net() != null)
				.max((a, b) -> a.net().abs().compareTo(b.net().abs()))
				.map(TaxLine::rate)
				.orElse(null);
		}
		catch (IllegalStateException e) {
			return null;
		}
	}

	void cancel(UUID id, String user) {
		changeStatus(get(id), InvoiceStatus.CANCELLED, user);
	}

	private String findingsText(InvoiceEntity invoice) {
		List<InvoiceFinding> findings = read(invoice.findings);
		return findings.isEmpty() ? "Keine Auffälligkeiten." : String.join("\n", findings.stream().map(InvoiceFinding::asText).toList());
	}

	/** The original as a person reads it: a readable e-invoice, or the PDF or image itself. */
	private static String documentUrl(InvoiceEntity invoice) {
		return "/invoices/" + invoice.id + "/original";
	}

	InvoiceEntity get(UUID id) {
		return invoices.findById(id).orElseThrow(() -> new IllegalArgumentException("Rechnung " + id + " nicht gefunden"));
	}

	private void requireStatus(InvoiceEntity invoice, InvoiceStatus expected) {
		if (invoice.status != expected) {
			throw new StepRefused("Die Rechnung steht auf „" + InvoiceLifecycle.label(invoice.status) + "“, nicht auf „"
					+ InvoiceLifecycle.label(expected) + "“; der Schritt wurde nicht ausgeführt.");
		}
	}

	/** Every status change passes the life cycle's check. */
	private void changeStatus(InvoiceEntity invoice, InvoiceStatus status, String user) {
		InvoiceLifecycle.check(invoice.status, status);
		if (invoice.status != status) {
			audit(invoice, user, "status", invoice.status == null ? null : invoice.status.name(), status.name());
			invoice.status = status;
		}
		invoice.updatedAt = clock.instant();
	}

	private InvoiceChangeEntity audit(InvoiceEntity invoice, String user, String field, String before, String after) {
		return changes.save(new InvoiceChangeEntity(invoice.id, Instant.now(clock), user == null ? "system" : user, field,
				before, after));
	}

	static List<InvoiceFinding> read(String json) {
		if (json == null) {
			return List.of();
		}
		try {
			return JSON.readValue(json, new TypeReference<List<InvoiceFinding>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("stored findings are unreadable", e);
		}
	}

	private static String write(List<InvoiceFinding> findings) {
		try {
			return JSON.writeValueAsString(findings);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}
}
