package de.kmuflow.invoice.internal;

import java.util.UUID;

import de.kmuflow.platform.PageFormats;
import de.kmuflow.platform.TaskDeadlines;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Gives an invoice's review and approval tasks its Skonto deadline, so Tasklist lists the most urgent first. */
@Component
class SkontoDeadline {

	private final InvoiceRecords records;
	private final PageFormats formats;

	SkontoDeadline(InvoiceRecords records, PageFormats formats) {
		this.records = records;
		this.formats = formats;
	}

	void mark(DelegateTask task, UUID invoiceId) {
		TaskDeadlines.skonto(task, records.cashDiscountDeadline(invoiceId), formats.zone());
	}
}
