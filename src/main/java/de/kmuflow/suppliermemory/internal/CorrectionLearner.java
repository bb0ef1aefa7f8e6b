package de.kmuflow.suppliermemory.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kmuflow.document.DocumentStore;
import de.kmuflow.extraction.InvoiceExtractor;
import de.kmuflow.extraction.PrintedLine;
import de.kmuflow.extraction.UnreadableDocumentException;
import de.kmuflow.invoice.InvoiceCorrected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Learns from each correction once it is saved, on a thread of its own: reads the invoice's original
 * again for its printed lines (kept for the few documents of one review, whose corrections arrive one
 * field at a time) and hands the corrected value to the memory. Learning twice from one correction
 * learns the same. A document that cannot be read teaches nothing; any other failure leaves the
 * publication incomplete, so it is delivered again.
 */
@Component
class CorrectionLearner {

	private static final Logger LOG = LoggerFactory.getLogger(CorrectionLearner.class);

	private static final int DOCUMENTS_KEPT = 8;

	private final SupplierMemoryService memory;
	private final DocumentStore documents;
	private final ObjectProvider<InvoiceExtractor> extractor;
	private final Map<UUID, List<PrintedLine>> recent = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<UUID, List<PrintedLine>> eldest) {
			return size() > DOCUMENTS_KEPT;
		}
	};

	CorrectionLearner(SupplierMemoryService memory, DocumentStore documents, ObjectProvider<InvoiceExtractor> extractor) {
		this.memory = memory;
		this.documents = documents;
		this.extractor = extractor;
	}

	/** One at a time (the memory commits each), so that two corrections of a new supplier do not create it twice. */
	@ApplicationModuleListener
	synchronized void on(InvoiceCorrected correction) {
		if (correction.documentId() == null || MemoryField.byKey(correction.field()).isEmpty()) {
			return;
		}
		try {
			var supplier = new SupplierIdentity(correction.supplier().vatId(), correction.supplier().iban(),
					correction.supplier().name());
			memory.learn(new SupplierMemoryService.Correction(correction.documentId(), lines(correction.documentId()),
					supplier, correction.field(), correction.newValue(), correction.correctedBy()));
		}
		catch (UnreadableDocumentException e) {
			LOG.warn("Lieferantengedächtnis: aus der Korrektur von {} an Rechnung {} nichts gelernt: {}",
					correction.field(), correction.invoiceId(), e.getMessage());
		}
	}

	private List<PrintedLine> lines(UUID documentId) throws UnreadableDocumentException {
		List<PrintedLine> lines = recent.get(documentId);
		if (lines == null) {
			lines = extractor.getObject().read(documents.content(documentId)).lines();
			recent.put(documentId, lines);
		}
		return lines;
	}
}
