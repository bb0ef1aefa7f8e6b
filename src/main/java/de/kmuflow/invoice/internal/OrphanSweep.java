package de.kmuflow.invoice.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.kmuflow.document.DocumentStore;
import de.kmuflow.document.StoredDocument;
import de.kmuflow.invoice.InvoiceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, every accepted document gets its invoice and every received invoice its process. Today a
 * document, its invoice and its process are stored in one unit of work; older versions stored the
 * document first, so a node killed in between left a document that nobody works on. Runs before the
 * node releases the cluster's start-up lock, so two nodes starting together never both pick up the
 * same orphan; a document that is the companion of another (an e-invoice's XML next to its PDF) is no orphan.
 */
@Component
class OrphanSweep {

	private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

	/** What a sweep picked up. */
	record Swept(List<UUID> documents, List<UUID> invoices) {
	}

	private final DocumentStore documents;
	private final InvoiceRepository invoiceRepository;
	private final InvoiceReception invoices;
	private final TransactionTemplate unitOfWork;

	OrphanSweep(DocumentStore documents, InvoiceRepository invoiceRepository, InvoiceReception invoices,
			PlatformTransactionManager transactions) {
		this.documents = documents;
		this.invoiceRepository = invoiceRepository;
		this.invoices = invoices;
		this.unitOfWork = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE) // before ClusterStartLock lets the next node start
	void atStartUp() {
		Swept swept = sweep();
		if (!swept.documents().isEmpty() || !swept.invoices().isEmpty()) {
			log.warn("Picked up at start-up: {} document(s) without invoice {}, {} invoice(s) without process {}",
					swept.documents().size(), swept.documents(), swept.invoices().size(), swept.invoices());
		}
	}

	Swept sweep() {
		List<UUID> startedInvoices = new ArrayList<>();
		for (InvoiceEntity waiting : invoiceRepository.findByStatusAndProcessInstanceIdIsNull(InvoiceStatus.RECEIVED)) {
			unitOfWork.executeWithoutResult(status -> invoices.startProcess(invoiceRepository.findById(waiting.id).orElseThrow()));
			startedInvoices.add(waiting.id);
		}
		Set<UUID> withInvoice = invoiceRepository.documentIds();
		List<UUID> pickedUp = new ArrayList<>();
		for (UUID id : documents.ids()) {
			if (withInvoice.contains(id)) {
				continue;
			}
			Optional<StoredDocument> document = documents.find(id);
			if (document.isPresent() && !document.get().isCompanion()) {
				// "known": the document is stored already; receive finds an invoice made meanwhile
				unitOfWork.executeWithoutResult(status -> invoices
					.receive(new DocumentStore.Stored(document.get(), true), document.get().receivedBy()));
				pickedUp.add(id);
			}
		}
		return new Swept(pickedUp, startedInvoices);
	}
}
