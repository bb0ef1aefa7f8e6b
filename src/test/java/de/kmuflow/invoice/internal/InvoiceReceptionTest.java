package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import de.kmuflow.document.DocumentSource;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceExtractor;
import de.kmuflow.extraction.UnreadableDocumentException;
import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.platform.StepRefused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The reception step on the real database: the original goes to reading with the type the store detected, and what was read is kept as read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InvoiceReceptionTest {

	@Autowired
	InvoiceReception reception;

	@Autowired
	InvoiceRecords records;

	@Autowired
	InvoiceRepository invoices;

	@Autowired
	DocumentStore documents;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	InvoiceExtractor extractor;

	@Test
	void anEInvoiceIsReadAndKeptAsRead() throws IOException {
		InvoiceEntity invoice = received(Files.readAllBytes(Path.of("sample-invoices/xrechnung-ubl-01.20a.xml")),
				"application/xml");

		assertThat(read(invoice)).isTrue();

		InvoiceEntity read = invoices.findById(invoice.id).orElseThrow();
		assertThat(read.status).isEqualTo(InvoiceStatus.EXTRACTED);
		ExtractedInvoice asRead = InvoiceRecords.read(read);
		assertThat(asRead.kind()).isEqualTo(DocumentKind.XRECHNUNG_UBL);
		assertThat(asRead.invoiceNumber()).isEqualTo("1234567890");
		assertThat(asRead.lines()).isNotEmpty();
		assertThat(asRead.taxBreakdown()).isNotEmpty();
		// nothing corrected yet: the current invoice is what was read, and the query columns show it
		assertThat(records.current(read).invoiceNumber()).isEqualTo("1234567890");
		assertThat(read.invoiceNumber).isEqualTo("1234567890");
		assertThat(read.grossTotal).isEqualByComparingTo("357.00");
		assertThat(read.kind).isEqualTo("XRECHNUNG_UBL");
		assertThat(records.corrections(invoice.id)).isEmpty();
	}

	@Test
	void anUnreadableDocumentIsReadWithItsReasonNotDropped() {
		InvoiceEntity invoice = received("kein Beleg".getBytes(StandardCharsets.UTF_8), "text/plain");

		assertThat(read(invoice)).isFalse();

		InvoiceEntity read = invoices.findById(invoice.id).orElseThrow();
		assertThat(read.status).isEqualTo(InvoiceStatus.EXTRACTED);
		assertThat(read.extractionError).contains("text/plain");
		assertThat(read.extraction).isNull();
	}

	@Test
	void aSecondProcessForTheSameInvoiceIsRefused() {
		InvoiceEntity invoice = received("x".getBytes(StandardCharsets.UTF_8), "application/pdf");
		reception.bindProcess(invoice.id, "first");

		assertThatThrownBy(() -> reception.bindProcess(invoice.id, "second")).isInstanceOf(StepRefused.class)
			.hasMessageContaining("ein zweiter wird nicht gestartet");
	}

	/** As the reading step's workers do: the original with its stored type, read, and what was read kept. */
	private boolean read(InvoiceEntity invoice) {
		InvoiceReception.Original original = reception.originalToRead(invoice.id);
		assertThat(original.mediaType()).isEqualTo(documents.find(invoice.documentId).orElseThrow().mediaType());
		try {
			return reception.recordExtraction(invoice.id, extractor.extract(original.content(), original.mediaType()), null);
		}
		catch (UnreadableDocumentException e) {
			return reception.recordExtraction(invoice.id, null, e.getMessage());
		}
	}

	private InvoiceEntity received(byte[] content, String mediaType) {
		return transaction.execute(tx -> {
			var document = documents.store(content, mediaType, "beleg", DocumentSource.API, "test", "paula");
			return invoices.saveAndFlush(new InvoiceEntity(document.document().id(), "paula", Instant.now()));
		});
	}
}
