package de.kmuflow.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps every document that enters, before anything else happens to it: the bytes unchanged in
 * the data folder, addressed by their SHA-256, and a record of where they came from. Nothing is
 * ever changed or deleted (GoBD: invoices are kept 8 years).
 */
public interface DocumentStore {

	/**
	 * Stores the bytes unless the same bytes are stored already; either way returns the stored
	 * document and whether it was known before. {@code mediaType} is what {@link ContentTypes}
	 * detected: callers have checked it already, and detection is a large part of an import's time.
	 * Joins the caller's transaction, so that a document and what it starts are kept together or not at all.
	 */
	Stored store(byte[] content, String mediaType, String originalName, DocumentSource source, String origin,
			String receivedBy);

	Optional<StoredDocument> find(UUID id);

	/** The original bytes, exactly as received. */
	byte[] content(UUID id);

	long count();

	/** The ids of all documents, oldest first. */
	List<UUID> ids();

	/** The result of {@link #store}: {@code known} when these bytes had come in before. */
	record Stored(StoredDocument document, boolean known) {
	}
}
