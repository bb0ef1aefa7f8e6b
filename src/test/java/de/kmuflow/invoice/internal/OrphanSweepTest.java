package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import de.kmuflow.document.DocumentSource;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.document.StoredDocument;
import de.kmuflow.intake.TestDocuments;
import de.kmuflow.invoice.InvoiceIntakeProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an older version left behind when a node died between storing a document and starting its
 * invoice: the start-up sweep gives each such document its invoice and process, and each received
 * invoice without a process its process; an e-invoice's XML kept next to its PDF stays as it is.
 */
@SpringBootTest
@ActiveProfiles("test")
class OrphanSweepTest {

	@Autowired
	OrphanSweep sweep;

	@Autowired
	DocumentStore documents;

	@Autowired
	InvoiceRepository invoices;

	@Autowired
	RuntimeService runtime;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void documentsWithoutInvoiceAndInvoicesWithoutProcessArePickedUpOnce() {
		// given a document stored without its invoice, an invoice without its process, and a companion XML
		UUID orphan = store("Upload", "ORPHAN-");
		UUID withoutProcess = inTransaction(() -> invoices
			.save(new InvoiceEntity(store("Upload", "NOPROC-"), "clara", Instant.now())).id);
		UUID companion = store(StoredDocument.companionOrigin("From: lieferant@example.de", "rechnung.pdf"), "XML-");

		// when the node starts (the sweep that runs at start-up)
		OrphanSweep.Swept swept = sweep.sweep();

		// then the document has exactly one invoice, bound to one process; the invoice has its process
		assertThat(swept.documents()).contains(orphan).doesNotContain(companion);
		assertThat(swept.invoices()).contains(withoutProcess);
		InvoiceEntity invoiceOfOrphan = invoices.findFirstByDocumentIdOrderByCreatedAt(orphan).orElseThrow();
		assertThat(invoices.findAll().stream().filter(invoice -> invoice.documentId.equals(orphan))).hasSize(1);
		assertOneProcess(invoiceOfOrphan.id);
		assertThat(invoiceOfOrphan.uploadedBy).isEqualTo("clara");
		assertOneProcess(withoutProcess);
		assertThat(invoices.findFirstByDocumentIdOrderByCreatedAt(companion)).isEmpty();

		// and a second start finds nothing left to pick up
		OrphanSweep.Swept again = sweep.sweep();
		assertThat(again.documents()).isEmpty();
		assertThat(again.invoices()).isEmpty();
		assertOneProcess(invoiceOfOrphan.id);
	}

	private void assertOneProcess(UUID invoiceId) {
		var instances = runtime.createProcessInstanceQuery().processDefinitionKey(InvoiceIntakeProcess.KEY)
			.processInstanceBusinessKey(invoiceId.toString()).list();
		assertThat(instances).hasSize(1);
		assertThat(invoices.findById(invoiceId).orElseThrow().processInstanceId).isEqualTo(instances.get(0).getId());
	}

	private UUID store(String origin, String prefix) {
		byte[] content = TestDocuments.eInvoice(prefix + UUID.randomUUID().toString().substring(0, 8));
		return inTransaction(() -> documents
			.store(content, "application/xml", "rechnung.xml", DocumentSource.UPLOAD, origin, "clara").document().id());
	}

	private <T> T inTransaction(Supplier<T> work) {
		return new TransactionTemplate(transactions).execute(status -> work.get());
	}
}
