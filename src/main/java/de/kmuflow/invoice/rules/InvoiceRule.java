package de.kmuflow.invoice.rules;

import java.util.List;

import de.kmuflow.extraction.ExtractedInvoice;

/**
 * One named check of an extracted invoice. A rule reports only what it is about: an absent value
 * is the mandatory-contents rule's business, so the other rules skip what they cannot check.
 */
@FunctionalInterface
public interface InvoiceRule {

	/** The findings for this invoice, empty when all is well; never null. */
	List<Finding> check(ExtractedInvoice invoice);
}
