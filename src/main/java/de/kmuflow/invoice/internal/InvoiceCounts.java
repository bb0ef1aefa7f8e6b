package de.kmuflow.invoice.internal;

import java.util.UUID;

import de.kmuflow.invoice.InvoiceStatus;
import org.springframework.data.repository.Repository;

/** Counts of invoices for the metrics, read when Prometheus scrapes. */
interface InvoiceCounts extends Repository<InvoiceEntity, UUID> {

	long countByKind(String kind);

	long countByExtractionErrorIsNotNull();

	long countByStatus(InvoiceStatus status);
}
