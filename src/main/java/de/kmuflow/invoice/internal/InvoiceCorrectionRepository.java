package de.kmuflow.invoice.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceCorrectionRepository extends JpaRepository<InvoiceCorrectionEntity, UUID> {

	/** In the order they were made: the order in which they apply. */
	List<InvoiceCorrectionEntity> findByInvoiceIdOrderByCorrectedAtAscIdAsc(UUID invoiceId);
}
