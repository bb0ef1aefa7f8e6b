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
import de.kmuflow.extraction.InvoiceExtractor;
import de.kmuflow.extraction.UnreadableDocumentException;
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
 * Reception: a stored document becomes an invoice with its own process, and its original is read.
 * What was read is kept as read; everything after that is a correction.
 */
@Service
@Transactional
class InvoiceReception implements Invoices {

	private final InvoiceRepository invoices;
	private final InvoiceRecords records;
	private final DocumentStore documents;
	private final InvoiceExtractor extractor;
	private final RuntimeService runtime;
	private final Clock clock;

	InvoiceReception(InvoiceRepository invoices, InvoiceRecords records, DocumentStore documents,
			InvoiceExtractor extractor, RuntimeService runtime, Clock clock) {
		this.invoices = invoices;
		this.records = records;
		this.documents = documents;
		this.extractor = extractor;
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
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(Variables.INVOICE_ID, invoice.id.toString());
		variables.put(Variables.UPLOADED_BY, uploadedBy);
		// the process's start listener binds it to the invoice (bindProcess)
		runtime.startProcessInstanceByKey(InvoiceIntakeProcess.KEY, invoice.id.toString(), variables);
		return new InvoiceReceipt(invoice.id, invoice.status, null);
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

	/**
	 * Reads the stored original, of the type the document store detected when it stored it. An
	 * unreadable document is no failure: it goes to review with the reason. Returns whether the
	 * document could be read.
	 */
	boolean extract(UUID id) {
		InvoiceEntity invoice = records.get(id);
		InvoiceLifecycle.check(invoice.status, InvoiceStatus.EXTRACTED);
		byte[] original;
		String mediaType;
		try {
			original = documents.content(invoice.documentId);
			mediaType = documents.find(invoice.documentId).map(StoredDocument::mediaType).orElse(null);
		}
		catch (RuntimeException e) {
			throw Incidents.documentUnreadable("Der Originalbeleg " + invoice.documentId + " der Rechnung " + id, e);
		}
		ExtractedInvoice read;
		try {
			read = mediaType == null ? extractor.extract(original) : extractor.extract(original, mediaType);
		}
		catch (UnreadableDocumentException e) {
			invoice.extractionError = e.getMessage();
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
