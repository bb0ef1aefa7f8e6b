package de.kmuflow.document;

import java.time.Instant;
import java.util.UUID;

/**
 * A document as received and kept: {@code origin} says more about where it came from (the file's
 * folder, a mail's sender and subject), {@code receivedBy} who brought it in.
 */
public record StoredDocument(UUID id, String sha256, long sizeBytes, String mediaType, String originalName,
		DocumentSource source, String origin, String receivedBy, Instant receivedAt) {

	private static final String COMPANION = " (XML von ";

	/**
	 * The origin of a document kept alongside another that carries the same content (the XML of an e-invoice
	 * that came with its PDF): kept for the record, never an invoice of its own.
	 */
	public static String companionOrigin(String origin, String companionOfName) {
		return origin + COMPANION + companionOfName + ")";
	}

	/** Kept alongside another document ({@link #companionOrigin}): no invoice of its own is missing. */
	public boolean isCompanion() {
		return origin != null && origin.contains(COMPANION);
	}
}
