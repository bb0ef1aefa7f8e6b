package de.kmuflow.invoice.internal;

import java.util.UUID;

import de.kmuflow.platform.PageFormats;
import de.kmuflow.platform.TaskDeadlines;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Gives an invoice's review and approval tasks its Skonto deadline, so Tasklist lists the most urgent first. */
@Component
class SkontoDeadline {

	private final InvoiceRepository invoices;
	private final PageFormats formats;

	SkontoDeadline(InvoiceRepository invoices, PageFormats formats) {
		this.invoices = invoices;
		this.formats = formats;
	}

	void mark(DelegateTask task, UUID invoiceId) {
		TaskDeadlines.skonto(task,
				invoices.findById(invoiceId).map(invoice -> invoice.cashDiscountDueDate).orElse(null), formats.zone());
	}
}
