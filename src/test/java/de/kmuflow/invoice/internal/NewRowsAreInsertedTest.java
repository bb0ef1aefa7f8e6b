package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import de.kmuflow.document.DocumentSource;
import de.kmuflow.document.DocumentStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new invoice and a new line of its audit trail are inserted as they are (the repository hands back the
 * very object: no lookup by their id first and no copy), and what is read back counts as stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NewRowsAreInsertedTest {

	@Autowired
	InvoiceRepository invoices;

	@Autowired
	InvoiceChangeRepository changes;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	DocumentStore documents;

	@Test
	void newRowsAreInsertedWithoutALookupAndStoredOnesUpdated() {
		UUID document = documents.store(("Beleg " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
				"application/pdf", "beleg.pdf", DocumentSource.API, "test", "paula").document().id();
		InvoiceEntity invoice = new InvoiceEntity(document, "paula", Instant.now());
		InvoiceChangeEntity change = new InvoiceChangeEntity(invoice.id, Instant.now(), "paula", "status", null, "RECEIVED");
		assertThat(invoice.isNew()).isTrue();

		transaction.executeWithoutResult(status -> {
			assertThat(invoices.save(invoice)).isSameAs(invoice);
			assertThat(changes.save(change)).isSameAs(change);
		});
		assertThat(invoice.isNew()).isFalse();

		InvoiceEntity read = invoices.findById(invoice.id).orElseThrow();
		assertThat(read.isNew()).isFalse();
		read.rejectionReason = "Preis falsch";
		invoices.save(read);
		assertThat(invoices.findById(invoice.id).orElseThrow().rejectionReason).isEqualTo("Preis falsch");
		assertThat(changes.findByInvoiceIdOrderByChangedAt(invoice.id)).singleElement()
			.satisfies(row -> assertThat(row.newValue).isEqualTo("RECEIVED"));
	}
}
