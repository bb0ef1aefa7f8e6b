package de.kmuflow.invoice.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceChangeRepository extends JpaRepository<InvoiceChangeEntity, UUID> {

	List<InvoiceChangeEntity> findByInvoiceIdOrderByChangedAt(UUID invoiceId);
}
