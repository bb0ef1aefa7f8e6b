package de.kmuflow.invoice.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InvoiceCorrectionRepository extends JpaRepository<InvoiceCorrectionEntity, UUID> {

	/** In the order they were made: the order in which they apply. (A query string: Hibernate keeps its plan.) */
	@Query("select c from InvoiceCorrectionEntity c where c.invoiceId = :invoiceId order by c.correctedAt, c.id")
	List<InvoiceCorrectionEntity> findByInvoiceIdOrderByCorrectedAtAscIdAsc(UUID invoiceId);
}
