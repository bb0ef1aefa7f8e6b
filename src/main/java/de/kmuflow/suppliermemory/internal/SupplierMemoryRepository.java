package de.kmuflow.suppliermemory.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupplierMemoryRepository extends JpaRepository<SupplierMemoryEntity, UUID> {

	List<SupplierMemoryEntity> findAllByOrderByName();

	/**
	 * The suppliers a document can be from when it names these codes and this name and has no printed page
	 * to find others on: the same VAT ID, the same IBAN or the same name (each may be null). The name is also
	 * compared as it is (which changes no result): a parameter that stands only inside a function such as
	 * lower() has no type of its own, and Hibernate then keeps no plan and translates the query for every document.
	 */
	@Query("""
			select m from SupplierMemoryEntity m where m.vatId = :vatId or m.iban = :iban
			or m.name = :name or lower(m.name) = lower(:name)""")
	List<SupplierMemoryEntity> findSameVatIdIbanOrName(String vatId, String iban, String name);
}
