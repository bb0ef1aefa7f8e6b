package de.kmuflow.invoice.internal;

import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.invoice.InvoiceStatus;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * Extraction and invoice figures for Prometheus, counted in kmu-flow's tables when scraped (so all
 * nodes of a cluster report the same): documents read per kind, unreadable ones, invoices per status.
 */
@Component
class InvoiceMetrics implements MeterBinder {

	private final InvoiceCounts counts;

	InvoiceMetrics(InvoiceCounts counts) {
		this.counts = counts;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (DocumentKind kind : DocumentKind.values()) {
			FunctionCounter.builder("kmuflow.extraction.documents", counts, c -> c.countByKind(kind.name()))
				.description("Belege, die gelesen wurden, nach Art")
				.tag("kind", kind.name())
				.register(registry);
		}
		FunctionCounter.builder("kmuflow.extraction.unreadable", counts, InvoiceCounts::countByExtractionErrorIsNotNull)
			.description("Belege, die nicht gelesen werden konnten (gehen zur Prüfung)")
			.register(registry);
		for (InvoiceStatus status : InvoiceStatus.values()) {
			Gauge.builder("kmuflow.invoices", counts, c -> c.countByStatus(status))
				.description("Rechnungen nach Status")
				.tag("status", status.name())
				.register(registry);
		}
	}
}
