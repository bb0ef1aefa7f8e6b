package de.kmuflow.intake.internal.mail;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportedMailRepository extends JpaRepository<ImportedMail, java.util.UUID> {

	Optional<ImportedMail> findFirstByMessageKey(String messageKey);

	List<ImportedMail> findTop50ByOrderByProcessedAtDesc();
}
