package de.kmuflow.adoption.internal;

import de.kmuflow.invoice.InvoicePosted;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A posted invoice is in the ledger (its run, lead time, steps and time saved) as soon as the
 * posting is committed, not at the next background collection. The collector adds only what the
 * ledger lacks, so a resubmitted event adds nothing twice. No transaction of its own here: the
 * collector takes one per page and holds its row lock only that long.
 */
@Component
class PostedInvoiceLedger {

	private final HistoryCollector collector;

	PostedInvoiceLedger(HistoryCollector collector) {
		this.collector = collector;
	}

	@Async
	@TransactionalEventListener
	void invoicePosted(InvoicePosted posted) {
		collector.collect();
	}
}
