package de.kmuflow.extraction.internal.limits;

import java.io.IOException;

/**
 * A document would cost more to read than its limits allow (pages, pixels, inflated bytes): raised
 * before the costly work, with a message for a clerk (German, the English in brackets).
 */
public class DocumentTooLargeException extends IOException {

	public DocumentTooLargeException(String message) {
		super(message);
	}
}
