package de.kmuflow.extraction;

/**
 * A document could not be read. The message says why in words a clerk understands (German, with
 * the English in brackets); the document itself stays stored and goes to review.
 */
public class UnreadableDocumentException extends Exception {

	public UnreadableDocumentException(String message) {
		super(message);
	}

	public UnreadableDocumentException(String message, Throwable cause) {
		super(message, cause);
	}
}
