package de.kmuflow.invoice.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.ExtractionJson;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.invoice.InvoiceCorrected;
import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.invoice.rules.Finding;
import de.kmuflow.platform.StepRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An invoice's record, shared by the steps: the invoice and its current values (what was read with
 * the corrections applied), corrections, status changes through the life cycle, the change log and
 * the stored findings.
 */
@Component
@Transactional
class InvoiceRecords {

	static final String SYSTEM = "system";

	/** Longer values do not fit a correction row; no invoice field needs them. */
	private static final int MAX_VALUE_LENGTH = 2000;

	private static final ObjectMapper JSON = ExtractionJson.mapper();

	private final InvoiceRepository invoices;
	private final InvoiceCorrectionRepository corrections;
	private final InvoiceChangeRepository changes;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	InvoiceRecords(InvoiceRepository invoices, InvoiceCorrectionRepository corrections, InvoiceChangeRepository changes,
			ApplicationEventPublisher events, Clock clock) {
		this.invoices = invoices;
		this.corrections = corrections;
		this.changes = changes;
		this.events = events;
		this.clock = clock;
	}

	InvoiceEntity get(UUID id) {
		return invoices.findById(id).orElseThrow(() -> new IllegalArgumentException("Rechnung " + id + " nicht gefunden"));
	}

	/** Refuses a step reached from any process but the invoice's own. */
	void requireOwnProcess(UUID id, String processInstanceId) {
		if (!Objects.equals(get(id).processInstanceId, processInstanceId)) {
			throw new StepRefused("Dieser Schritt gehört nicht zum Vorgang der Rechnung " + id
					+ "; er wurde nicht ausgeführt.");
		}
	}

	/** What was read, as the reader returned it; empty when the document could not be read. */
	static ExtractedInvoice read(InvoiceEntity invoice) {
		if (invoice.extraction == null) {
			return ExtractedInvoice.builder(invoice.kind == null ? null : DocumentKind.valueOf(invoice.kind)).build();
		}
		try {
			return ExtractionJson.fromJson(JSON.readTree(invoice.extraction));
		}
		catch (IOException e) {
			throw new IllegalStateException("stored extraction of invoice " + invoice.id + " is unreadable", e);
		}
	}

	/**
	 * The current invoice: what was read with every correction applied, in the order they were made. Kept
	 * for the rest of the transaction (the checks, the task's form and its Skonto deadline each ask for
	 * it) until what was read or a correction changes.
	 */
	ExtractedInvoice current(InvoiceEntity invoice) {
		Map<UUID, Current> known = currentOfThisTransaction();
		Current kept = known.get(invoice.id);
		if (kept != null && kept.extraction() == invoice.extraction) {
			return kept.invoice();
		}
		ExtractedInvoice current = apply(read(invoice), corrections(invoice.id));
		known.put(invoice.id, new Current(invoice.extraction, current));
		return current;
	}

	/** The current invoice as computed from this stored reading. */
	private record Current(String extraction, ExtractedInvoice invoice) {
	}

	@SuppressWarnings("unchecked")
	private Map<UUID, Current> currentOfThisTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return new HashMap<>();
		}
		Map<UUID, Current> known = (Map<UUID, Current>) TransactionSynchronizationManager.getResource(this);
		if (known == null) {
			Map<UUID, Current> created = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(InvoiceRecords.this);
				}
			});
			known = created;
		}
		return known;
	}

	/** The last day of the invoice's cash discount (Skonto), null when it grants none. */
	LocalDate cashDiscountDeadline(UUID id) {
		return cashDiscountDeadline(current(get(id)));
	}

	static LocalDate cashDiscountDeadline(ExtractedInvoice current) {
		return current.cashDiscount() == null ? null : current.cashDiscount().deadline(current.issueDate());
	}

	List<InvoiceCorrectionEntity> corrections(UUID invoiceId) {
		return corrections.findByInvoiceIdOrderByCorrectedAtAscIdAsc(invoiceId);
	}

	static ExtractedInvoice apply(ExtractedInvoice read, List<InvoiceCorrectionEntity> corrections) {
		ExtractedInvoice current = read;
		for (InvoiceCorrectionEntity correction : corrections) {
			// a field no longer in the catalogue keeps its rows as history but changes nothing
			InvoiceField<?> field = InvoiceField.named(correction.field).orElse(null);
			if (field != null) {
				current = withText(current, field, correction.newValue);
			}
		}
		return current.get(InvoiceField.CATEGORY) == null
				? current.with(InvoiceField.CATEGORY, InvoiceEntity.DEFAULT_CATEGORY) : current;
	}

	private static <T> ExtractedInvoice withText(ExtractedInvoice invoice, InvoiceField<T> field, String text) {
		return invoice.with(field, field.fromText(text));
	}

	/**
	 * Records a person's value for one field when it differs from the current one: a correction row,
	 * the query columns refreshed, and {@link InvoiceCorrected} published. Returns the invoice as it
	 * is now. The value is parsed as a person types it; a value that cannot be read is refused with
	 * a German message (IllegalArgumentException).
	 */
	<T> ExtractedInvoice correct(InvoiceEntity invoice, ExtractedInvoice current, InvoiceField<T> field, String typed,
			String user, String reason) {
		String before = field.text(current);
		ExtractedInvoice corrected = current.with(field, field.parse(typed));
		String after = field.text(corrected);
		if (Objects.equals(before, after)) {
			return current;
		}
		if (after != null && after.length() > MAX_VALUE_LENGTH) {
			throw new IllegalArgumentException(field.label() + " ist zu lang (höchstens " + MAX_VALUE_LENGTH + " Zeichen).");
		}
		currentOfThisTransaction().remove(invoice.id);
		InvoiceCorrectionEntity row = corrections.save(new InvoiceCorrectionEntity(invoice.id, field.name(), before, after,
				user == null ? SYSTEM : user, clock.instant(), reason));
		invoice.show(corrected);
		events.publishEvent(new InvoiceCorrected(invoice.id, invoice.documentId,
				new InvoiceCorrected.Supplier(corrected.sellerVatId(), corrected.sellerIban(), corrected.sellerName()),
				row.field, row.oldValue, row.newValue, row.correctedBy, row.correctedAt, row.reason));
		return corrected;
	}

	void requireStatus(InvoiceEntity invoice, InvoiceStatus expected) {
		if (invoice.status != expected) {
			throw new StepRefused("Die Rechnung steht auf „" + InvoiceLifecycle.label(invoice.status) + "“, nicht auf „"
					+ InvoiceLifecycle.label(expected) + "“; der Schritt wurde nicht ausgeführt.");
		}
	}

	/** Every status change passes the life cycle's check. */
	void changeStatus(InvoiceEntity invoice, InvoiceStatus status, String user) {
		InvoiceLifecycle.check(invoice.status, status);
		if (invoice.status != status) {
			log(invoice, user, "status", invoice.status == null ? null : invoice.status.name(), status.name());
			invoice.status = status;
		}
		invoice.updatedAt = clock.instant();
	}

	/** A line of the life cycle's log (status, reading, approval, rejection, order match); the invoice counts as changed. */
	void log(InvoiceEntity invoice, String user, String what, String before, String after) {
		invoice.updatedAt = clock.instant();
		changes.save(new InvoiceChangeEntity(invoice.id, clock.instant(), user == null ? SYSTEM : user, what, before,
				after));
	}

	static List<Finding> findings(InvoiceEntity invoice) {
		if (invoice.findings == null) {
			return List.of();
		}
		try {
			return JSON.readValue(invoice.findings, new TypeReference<List<Finding>>() {
			});
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("stored findings are unreadable", e);
		}
	}

	static void storeFindings(InvoiceEntity invoice, List<Finding> findings) {
		try {
			invoice.findings = JSON.writeValueAsString(findings);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The original as a person reads it: a readable e-invoice, or the PDF or image itself. */
	static String documentUrl(InvoiceEntity invoice) {
		return "/invoices/" + invoice.id + "/original";
	}
}
