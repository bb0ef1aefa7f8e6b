package de.kmuflow.suppliermemory.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** One supplier as the memory knows it (VAT ID and IBAN compact and upper case) with what was learned. */
@Entity
@Table(name = "supplier_memory")
class SupplierMemoryEntity {

	@Id
	UUID id;

	String name;

	@Column(name = "vat_id")
	String vatId;

	String iban;

	@Column(name = "created_at", nullable = false, updatable = false)
	Instant createdAt;

	@OneToMany(mappedBy = "memory", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@OrderBy("field")
	List<LearnedRuleEntity> rules = new ArrayList<>();

	protected SupplierMemoryEntity() {
	}

	SupplierMemoryEntity(SupplierIdentity identity, Instant now) {
		this.id = UUID.randomUUID();
		this.name = identity.name();
		this.vatId = identity.vatId();
		this.iban = identity.iban();
		this.createdAt = now;
	}

	SupplierIdentity identity() {
		return new SupplierIdentity(vatId, iban, name);
	}
}
