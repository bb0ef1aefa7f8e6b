package de.kmuflow.document.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<DocumentEntity, UUID> {

	/**
	 * Written out rather than derived from the name: Hibernate keeps the plan of a query string, but builds a
	 * derived (criteria) query anew on every call, and every upload asks this.
	 */
	@Query("select d from DocumentEntity d where d.sha256 = :sha256")
	Optional<DocumentEntity> findBySha256(String sha256);

	@Query("select d.sha256 from DocumentEntity d order by d.receivedAt")
	List<String> allHashes();

	@Query("select d.id from DocumentEntity d order by d.receivedAt")
	List<UUID> allIds();

	@Query("select d.sha256 from DocumentEntity d order by d.receivedAt desc limit 100")
	List<String> latestHashes();
}
