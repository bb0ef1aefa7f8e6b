package de.kmuflow.document.internal;

import java.time.Instant;
import java.util.UUID;

import de.kmuflow.document.DocumentSource;
import de.kmuflow.document.StoredDocument;
import de.kmuflow.platform.CreatedWithId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "document")
class DocumentEntity extends CreatedWithId {

	@Id
	private UUID id;

	@Override
	public UUID getId() {
		return id;
	}

	@Column(nullable = false, updatable = false)
	private String sha256;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long sizeBytes;

	@Column(name = "media_type", nullable = false, updatable = false)
	private String mediaType;

	@Column(name = "original_name", updatable = false)
	private String originalName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private DocumentSource source;

	@Column(updatable = false)
	private String origin;

	@Column(name = "received_by", updatable = false)
	private String receivedBy;

	@Column(name = "received_at", nullable = false, updatable = false)
	private Instant receivedAt;

	protected DocumentEntity() {
	}

	DocumentEntity(String sha256, long sizeBytes, String mediaType, String originalName, DocumentSource source,
			String origin, String receivedBy, Instant receivedAt) {
		this.id = UUID.randomUUID();
		this.sha256 = sha256;
		this.sizeBytes = sizeBytes;
		this.mediaType = mediaType;
		this.originalName = originalName;
		this.source = source;
		this.origin = origin;
		this.receivedBy = receivedBy;
		this.receivedAt = receivedAt;
	}

	StoredDocument toStoredDocument() {
		return new StoredDocument(id, sha256, sizeBytes, mediaType, originalName, source, origin, receivedBy,
				receivedAt);
	}
}
