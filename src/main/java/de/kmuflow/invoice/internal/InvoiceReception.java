package de.kmuflow.invoice.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kmuflow.document.DocumentStore;
import de.kmuflow.document.StoredDocument;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.ExtractionJson;
import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import de.kmuflow.invoice.InvoiceIntakeProcess;
import de.kmuflow.invoice.InvoiceReceipt;
import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.invoice.Invoices;
import de.kmuflow.platform.Incidents;
import de.kmuflow.platform.StepRefused;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reception: a stored document becomes an invoice with its own process, and what its original reads
 * ({@link ReadInvoiceWork}) is kept as read; everything after that is a correction.
 */
@Service
@Transactional
class InvoiceReception implements Invoices {

	private final InvoiceRepository invoices;
	private final InvoiceRecords records;
	private final DocumentStore documents;
	private final RuntimeService runtime;
	private final Clock clock;

	InvoiceReception(InvoiceRepository invoices, InvoiceRecords records, DocumentStore documents, RuntimeService runtime,
			Clock clock) {
		this.invoices = invoices;
		this.records = records;
		this.documents = documents;
		this.runtime = runtime;
		this.clock = clock;
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
		records.log(invoice, uploadedBy, "status", null, InvoiceStatus.RECEIVED.name());
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

	/** The stored original of an invoice about to be read, with the type the document store detected. */
	record Original(UUID invoiceId, byte[] content, String mediaType) {
	}

	/**
	 * The original of an invoice that is about to be read; refused when the invoice is past reading.
	 * The reading itself runs outside any transaction ({@link ReadInvoiceWork}).
	 */
	Original originalToRead(UUID id) {
		InvoiceEntity invoice = records.get(id);
		InvoiceLifecycle.check(invoice.status, InvoiceStatus.EXTRACTED);
		try {
			return new Original(id, documents.content(invoice.documentId),
					documents.find(invoice.documentId).map(StoredDocument::mediaType).orElse(null));
		}
		catch (RuntimeException e) {
			throw Incidents.documentUnreadable("Der Originalbeleg " + invoice.documentId + " der Rechnung " + id, e);
		}
	}

	/**
	 * Keeps what was read, as read. An unreadable document is no failure: it goes to review with the
	 * reason ({@code unreadable}). Returns whether the document could be read.
	 */
	boolean recordExtraction(UUID id, ExtractedInvoice read, String unreadable) {
		InvoiceEntity invoice = records.get(id);
		InvoiceLifecycle.check(invoice.status, InvoiceStatus.EXTRACTED);
		if (read == null) {
			invoice.extractionError = unreadable;
			records.changeStatus(invoice, InvoiceStatus.EXTRACTED, InvoiceRecords.SYSTEM);
			return false;
		}
		invoice.extraction = ExtractionJson.toJson(null, read, null).toString();
		invoice.show(InvoiceRecords.apply(read, List.of()));
		records.log(invoice, InvoiceRecords.SYSTEM, "extraction", null,
				read.kind().name() + ", " + read.presentFields().size() + " Felder gelesen");
		records.changeStatus(invoice, InvoiceStatus.EXTRACTED, InvoiceRecords.SYSTEM);
		return true;
	}
}
