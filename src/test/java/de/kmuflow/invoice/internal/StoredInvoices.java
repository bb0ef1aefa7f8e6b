package de.kmuflow.invoice.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import de.kmuflow.document.DocumentSource;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.ExtractionJson;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.invoice.InvoiceStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Invoices as a step leaves them, stored in the test database without running their process. */
final class StoredInvoices {

	private final DocumentStore documents;
	private final InvoiceRepository invoices;
	private final TransactionTemplate transaction;

	StoredInvoices(DocumentStore documents, InvoiceRepository invoices, TransactionTemplate transaction) {
		this.documents = documents;
		this.invoices = invoices;
		this.transaction = transaction;
	}

	/** A text-PDF invoice of a supplier of its own (new VAT ID and IBAN each time), all values certain. */
	static ExtractedInvoice.Builder read(String number) {
		String digits = String.format("%09d", Math.floorMod(number.hashCode(), 1_000_000_000));
		return ExtractedInvoice.builder(DocumentKind.TEXT_PDF)
			.set(InvoiceField.INVOICE_NUMBER, number)
			.set(InvoiceField.ISSUE_DATE, java.time.LocalDate.now().minusDays(3))
			.set(InvoiceField.SELLER_NAME, "Lieferant " + number)
			.set(InvoiceField.SELLER_VAT_ID, "DE" + digits)
			.set(InvoiceField.SELLER_IBAN, "DE00TEST" + digits)
			.set(InvoiceField.CURRENCY, "EUR")
			.set(InvoiceField.NET_TOTAL, new BigDecimal("100.00"))
			.set(InvoiceField.TAX_TOTAL, new BigDecimal("19.00"))
			.set(InvoiceField.GROSS_TOTAL, new BigDecimal("119.00"))
			.taxLine(new de.kmuflow.extraction.TaxLine(new BigDecimal("19"), new BigDecimal("100.00"),
					new BigDecimal("19.00")));
	}

	/** Stores the invoice as the reader returned it, in the given status, uploaded by {@code uploadedBy}. */
	InvoiceEntity store(ExtractedInvoice read, InvoiceStatus status, String uploadedBy) {
		return transaction.execute(tx -> {
			UUID documentId = documents.store(("Beleg " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
					"application/pdf", "beleg.pdf", DocumentSource.API, "test", uploadedBy).document().id();
			InvoiceEntity invoice = new InvoiceEntity(documentId, uploadedBy, Instant.now());
			invoice.status = status;
			invoice.extraction = ExtractionJson.toJson(null, read, null).toString();
			invoice.show(InvoiceRecords.apply(read, List.of()));
			return invoices.saveAndFlush(invoice);
		});
	}

	InvoiceEntity reload(UUID id) {
		return invoices.findById(id).orElseThrow();
	}
}
