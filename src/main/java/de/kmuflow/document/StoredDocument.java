package de.kmuflow.document;

import java.time.Instant;
import java.util.UUID;

/**
 * A document as received and kept: {@code origin} says more about where it came from (the file's
 * folder, a mail's sender and subject), {@code receivedBy} who brought it in.
 */
public record StoredDocument(UUID id, String sha256, long sizeBytes, String mediaType, String originalName,
		DocumentSource source, String origin, String receivedBy, Instant receivedAt) {
}
