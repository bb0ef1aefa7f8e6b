package de.kmuflow.intake;

import de.kmuflow.document.DocumentSource;
import de.kmuflow.invoice.InvoiceReceipt;

/**
 * The one way in for every channel (upload, REST, watched folder, mailbox): checks the document,
 * stores it before anything else happens, and hands it to the invoice process.
 */
public interface Intake {

	/**
	 * @throws RefusedDocumentException when the document is empty, too large or of a type that
	 *         cannot be an invoice (the message says so in words a clerk understands)
	 */
	InvoiceReceipt submit(byte[] content, String fileName, DocumentSource source, String origin, String user)
			throws RefusedDocumentException;

	/** A document that intake does not take; {@code tooLarge} tells the two kinds of refusal apart. */
	final class RefusedDocumentException extends Exception {

		private final boolean tooLarge;

		public RefusedDocumentException(String message, boolean tooLarge) {
			super(message);
			this.tooLarge = tooLarge;
		}

		public boolean tooLarge() {
			return tooLarge;
		}
	}
}
