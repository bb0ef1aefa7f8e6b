package de.kmuflow.document.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import de.kmuflow.document.DocumentSource;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.document.StoredDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes originals to {@code <data>/documents/ab/cd/<sha256>} (written whole, then moved into
 * place, then made read-only) and records them in the database. The same bytes are kept once.
 */
@Service
class FileSystemDocumentStore implements DocumentStore {

	private final DocumentRepository documents;
	private final Path root;
	private final Clock clock;

	FileSystemDocumentStore(DocumentRepository documents, @Value("${kmuflow.data-dir}") Path dataDir, Clock clock) {
		this.documents = documents;
		this.root = dataDir.resolve("documents");
		this.clock = clock;
	}

	@Override
	@Transactional
	public Stored store(byte[] content, String mediaType, String originalName, DocumentSource source, String origin,
			String receivedBy) {
		String sha256 = sha256(content);
		Optional<DocumentEntity> known = documents.findBySha256(sha256);
		if (known.isPresent()) {
			return new Stored(known.get().toStoredDocument(), true);
		}
		writeOnce(sha256, content);
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
		try {
			return Files.readAllBytes(pathOf(document.sha256()));
		}
		catch (IOException e) {
			throw new UncheckedIOException("original of document " + id + " is missing from " + root, e);
		}
	}

	@Override
	public long count() {
		return documents.count();
	}

	private void writeOnce(String sha256, byte[] content) {
		Path target = pathOf(sha256);
		try {
			if (Files.exists(target)) {
				return;
			}
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
			Files.write(temporary, content);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target);
			}
			target.toFile().setReadOnly();
		}
		catch (java.nio.file.FileAlreadyExistsException e) {
			// another request stored the same bytes at the same moment
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot store document in " + root, e);
		}
	}

	private Path pathOf(String sha256) {
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String truncate(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}
}
