package de.kmuflow.invoice.rules;

import java.util.List;

import de.kmuflow.extraction.ExtractedInvoice;

/**
 * One named check of an invoice: its current values and what is known about it besides
 * ({@link Facts}: earlier invoices of the supplier, the purchase-order match, ...). A rule reports
 * only what it is about: an absent value is the mandatory-contents rule's business, so the other
 * rules skip what they cannot check.
 */
@FunctionalInterface
public interface InvoiceRule {

	/** The findings for this invoice, empty when all is well; never null. */
	List<Finding> check(ExtractedInvoice invoice, Facts facts);

	/** The findings from the invoice's values alone, nothing else known. */
	default List<Finding> check(ExtractedInvoice invoice) {
		return check(invoice, Facts.NONE);
	}
}
