package de.kmuflow.intake.internal;

import de.kmuflow.document.ContentTypes;
import de.kmuflow.document.DocumentSource;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.intake.Intake;
import de.kmuflow.invoice.InvoiceReceipt;
import de.kmuflow.invoice.Invoices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

@Service
class IntakeService implements Intake {

	private final DocumentStore documents;
	private final Invoices invoices;
	private final ContentTypes contentTypes = new ContentTypes();
	private final DataSize maxFileSize;

	IntakeService(DocumentStore documents, Invoices invoices,
			@Value("${kmuflow.upload.max-file-size}") DataSize maxFileSize) {
		this.documents = documents;
		this.invoices = invoices;
		this.maxFileSize = maxFileSize;
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
		if (!ContentTypes.isInvoiceType(mediaType, content)) {
			throw new RefusedDocumentException(name + " ist keine Rechnung im Format PDF, Bild (PNG, JPEG, TIFF) oder"
					+ " E-Rechnung (XML), sondern " + mediaType + " (not an invoice file type).", false);
		}
		return invoices.receive(documents.store(content, mediaType, fileName, source, origin, user), user);
	}
}
