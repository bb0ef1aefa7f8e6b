package de.kmuflow.invoice.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupplierRepository extends JpaRepository<SupplierEntity, UUID> {

	@Query("select s from SupplierEntity s where (:vatId is not null and s.vatId = :vatId) or (:iban is not null and s.iban = :iban)")
	List<SupplierEntity> findByVatIdOrIban(String vatId, String iban);
}
