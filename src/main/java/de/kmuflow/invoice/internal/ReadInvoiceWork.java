package de.kmuflow.invoice.internal;

import java.util.Map;
import java.util.UUID;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceExtractor;
import de.kmuflow.extraction.UnreadableDocumentException;
import de.kmuflow.invoice.InvoiceIntakeProcess.Variables;
import de.kmuflow.platform.ExternalWork;
import de.kmuflow.platform.Incidents;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.springframework.stereotype.Component;

/**
 * The step "Rechnung auslesen" (an external task of {@link #TOPIC}): the original is loaded in a short
 * transaction, read (text, OCR, e-invoice validation) with no transaction open, and what was read is
 * recorded in the transaction that completes the step.
 */
@Component
class ReadInvoiceWork implements ExternalWork<InvoiceReception.Original, ReadInvoiceWork.Reading> {

	static final String TOPIC = "invoice-reading";

	/** What was read, or why the document cannot be read ({@code unreadable}). */
	record Reading(UUID invoiceId, ExtractedInvoice read, String unreadable) {
	}

	private final InvoiceRecords records;
	private final InvoiceReception reception;
	private final InvoiceExtractor extractor;

	ReadInvoiceWork(InvoiceRecords records, InvoiceReception reception, InvoiceExtractor extractor) {
		this.records = records;
		this.reception = reception;
		this.extractor = extractor;
	}

	@Override
	public String topic() {
		return TOPIC;
	}

	@Override
	public InvoiceReception.Original prepare(LockedExternalTask task) {
		UUID id = InvoiceDelegates.invoiceId(task.getVariables());
		records.requireOwnProcess(id, task.getProcessInstanceId());
		return reception.originalToRead(id);
	}

	@Override
	public Reading work(InvoiceReception.Original original) {
		try {
			// the type the document store detected: the document is not sniffed a second time
			ExtractedInvoice read = original.mediaType() == null ? extractor.extract(original.content())
					: extractor.extract(original.content(), original.mediaType());
			return new Reading(original.invoiceId(), read, null);
		}
		catch (UnreadableDocumentException e) {
			return new Reading(original.invoiceId(), null, e.getMessage());
		}
	}

	@Override
	public Map<String, Object> finish(LockedExternalTask task, Reading reading) {
		return Map.of(Variables.EXTRACTION_SUCCEEDED,
				reception.recordExtraction(reading.invoiceId(), reading.read(), reading.unreadable()));
	}

	@Override
	public String failureMessage(RuntimeException failure) {
		return Incidents.unexpected("Die Rechnung konnte nicht ausgelesen werden",
				"z. B. zu wenig Speicher, fehlende OCR-Sprachdaten tesseract-ocr-deu", failure);
	}
}
