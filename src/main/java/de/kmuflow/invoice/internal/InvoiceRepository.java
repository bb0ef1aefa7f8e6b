package de.kmuflow.invoice.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import de.kmuflow.invoice.InvoiceStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvoiceRepository extends JpaRepository<InvoiceEntity, UUID> {

	Optional<InvoiceEntity> findFirstByDocumentIdOrderByCreatedAt(UUID documentId);

	List<InvoiceEntity> findAllByOrderByCreatedAtDesc();

	Optional<InvoiceEntity> findFirstByProcessInstanceId(String processInstanceId);

	@Query("select distinct i.documentId from InvoiceEntity i")
	Set<UUID> documentIds();

	/** Received invoices that never got their process (left by versions that started it separately). */
	List<InvoiceEntity> findByStatusAndProcessInstanceIdIsNull(InvoiceStatus status);

	/** Other invoices that may be the same bill: same supplier (by VAT ID, IBAN or name). */
	@Query("""
			select i from InvoiceEntity i where i.id <> :id and i.status <> de.kmuflow.invoice.InvoiceStatus.CANCELLED
			and ((:vatId is not null and i.sellerVatId = :vatId) or (:iban is not null and i.sellerIban = :iban)
			  or (:name is not null and lower(i.sellerName) = lower(:name)))
			order by i.createdAt""")
	List<InvoiceEntity> findOthersFromSameSupplier(UUID id, String vatId, String iban, String name);

	/** Invoices naming a purchase order, in one of the given states. */
	List<InvoiceEntity> findByPurchaseOrderReferenceAndStatusIn(String purchaseOrderReference,
			Collection<InvoiceStatus> statuses);
}
