package de.kmuflow.document.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<DocumentEntity, UUID> {

	Optional<DocumentEntity> findBySha256(String sha256);
}
