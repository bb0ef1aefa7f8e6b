package de.kmuflow.platform;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * An entity that gets its id when it is created in code. Saving a new one inserts it at once; a repository
 * would otherwise take it for a stored one because it has an id, and look for it first (a select for every
 * new row: the invoice, its document and each line of its audit trail).
 */
@MappedSuperclass
public abstract class CreatedWithId implements Persistable<UUID> {

	@Transient
	private boolean stored;

	@Override
	public boolean isNew() {
		return !stored;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		stored = true;
	}
}
