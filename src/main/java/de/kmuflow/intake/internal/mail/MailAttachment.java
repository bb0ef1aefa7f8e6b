package de.kmuflow.intake.internal.mail;

import de.kmuflow.document.ContentTypes;

/** One attachment of a mail, with its media type judged by content, never by its name. */
record MailAttachment(String name, byte[] content, String mediaType) {

	boolean isPdf() {
		return ContentTypes.PDF.equals(mediaType);
	}

	boolean isXml() {
		return ContentTypes.isXml(mediaType) || ContentTypes.looksLikeXml(content);
	}

	boolean isInvoiceType() {
		return ContentTypes.isInvoiceType(mediaType, content);
	}

	/** Why this attachment cannot be an invoice; empty when it can. */
	java.util.Optional<String> refusal() {
		return ContentTypes.refusal(mediaType, content);
	}
}
