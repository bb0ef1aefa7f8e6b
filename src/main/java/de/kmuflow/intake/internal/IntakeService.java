package de.kmuflow.intake.internal;

import de.kmuflow.document.ContentTypes;
import de.kmuflow.document.DocumentSource;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.intake.Intake;
import de.kmuflow.invoice.InvoiceReceipt;
import de.kmuflow.invoice.Invoices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

@Service
class IntakeService implements Intake {

	private final DocumentStore documents;
	private final Invoices invoices;
	private final ContentTypes contentTypes = new ContentTypes();
	private final DataSize maxFileSize;
	private final TransactionTemplate unitOfWork;

	IntakeService(DocumentStore documents, Invoices invoices,
			@Value("${kmuflow.upload.max-file-size}") DataSize maxFileSize, PlatformTransactionManager transactions) {
		this.documents = documents;
		this.invoices = invoices;
		this.maxFileSize = maxFileSize;
		this.unitOfWork = new TransactionTemplate(transactions);
	}

	@Override
	public InvoiceReceipt submit(byte[] content, String fileName, DocumentSource source, String origin, String user)
			throws RefusedDocumentException {
		String name = fileName == null ? "Datei" : fileName;
		if (content == null || content.length == 0) {
			throw new RefusedDocumentException(name + " ist leer (the file is empty).", false);
		}
		if (content.length > maxFileSize.toBytes()) {
			throw new RefusedDocumentException(name + " ist größer als " + maxFileSize.toMegabytes()
					+ " MB (the file is larger than the limit).", true);
		}
		String mediaType = contentTypes.detect(content);
		// judged by content alone: an HTML page named rechnung.pdf is still an HTML page
		var refusal = ContentTypes.refusal(mediaType, content);
		if (refusal.isPresent()) {
			throw new RefusedDocumentException(name + " ist keine Rechnung im Format PDF, Bild (PNG, JPEG, TIFF) oder"
					+ " E-Rechnung (XRechnung, ZUGFeRD): " + refusal.get() + ".", false);
		}
		return receive(content, mediaType, fileName, source, origin, user);
	}

	/**
	 * The document, its invoice and the invoice's process are one unit of work: a node that dies half-way
	 * leaves nothing behind, and the sender may simply send again. A caller's transaction (a folder
	 * import's chunk) is joined: the chunk is then the unit. The same bytes sent twice at the same moment
	 * collide on the document's hash; on its own transaction the second try finds the first and names it.
	 */
	private InvoiceReceipt receive(byte[] content, String mediaType, String fileName, DocumentSource source,
			String origin, String user) {
		int attempts = TransactionSynchronizationManager.isActualTransactionActive() ? 1 : 2;
		for (int attempt = 1;; attempt++) {
			try {
				return unitOfWork.execute(status -> invoices
					.receive(documents.store(content, mediaType, fileName, source, origin, user), user));
			}
			catch (DataIntegrityViolationException sameBytesAtTheSameMoment) {
				if (attempt == attempts) {
					throw sameBytesAtTheSameMoment;
				}
			}
		}
	}
}
