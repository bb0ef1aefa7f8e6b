package de.kmuflow.document.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.kmuflow.document.DocumentSource;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.document.StoredDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the bytes in the {@link Originals} store (data folder or database) and records them in the
 * database. The same bytes are kept once; every read checks them against their SHA-256.
 */
@Service
class ArchivingDocumentStore implements DocumentStore {

	private final DocumentRepository documents;
	private final Originals originals;
	private final Clock clock;

	ArchivingDocumentStore(DocumentRepository documents, Originals originals, Clock clock) {
		this.documents = documents;
		this.originals = originals;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Stored store(byte[] content, String mediaType, String originalName, DocumentSource source, String origin,
			String receivedBy) {
		String sha256 = Originals.sha256(content);
		Optional<DocumentEntity> known = documents.findBySha256(sha256);
		if (known.isPresent()) {
			return new Stored(known.get().toStoredDocument(), true);
		}
		originals.keep(sha256, content);
		DocumentEntity entity = new DocumentEntity(sha256, content.length, mediaType,
				truncate(originalName, 255), source, truncate(origin, 500), receivedBy, clock.instant());
		// the same bytes stored at the same moment by another transaction fail here on the unique hash:
		// the caller's unit of work is spoilt (PostgreSQL aborts it), so the caller tries again
		return new Stored(documents.saveAndFlush(entity).toStoredDocument(), false);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<StoredDocument> find(UUID id) {
		return documents.findById(id).map(DocumentEntity::toStoredDocument);
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] content(UUID id) {
		StoredDocument document = find(id).orElseThrow(() -> new IllegalArgumentException("no document " + id));
		byte[] content = originals.read(document.sha256())
			.orElseThrow(() -> new IllegalStateException("Das Original von Dokument " + id + " fehlt in "
					+ originals.where() + ". Mehrere Knoten auf einer Datenbank brauchen kmuflow.documents.store=database"
					+ " (the original is missing from this node's store)."));
		if (!Originals.sha256(content).equals(document.sha256())) {
			throw new IllegalStateException("Das Original von Dokument " + id + " in " + originals.where()
					+ " ist verändert: seine SHA-256 stimmt nicht mehr (the stored original was altered).");
		}
		return content;
	}

	@Override
	public long count() {
		return documents.count();
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> ids() {
		return documents.allIds();
	}

	private static String truncate(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}
}
