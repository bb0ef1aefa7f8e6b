package de.kmuflow.invoice.rules;

import java.util.List;

import de.kmuflow.extraction.ExtractedInvoice;

/** A document that could not be read: a clerk types its values from the original. */
public final class UnreadableRule implements InvoiceRule {

	public static final String UNREADABLE = "UNREADABLE";

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		return facts.unreadable() == null ? List.of() : List.of(Finding.error(UNREADABLE, null,
				"Der Beleg konnte nicht gelesen werden: " + facts.unreadable()
						+ ". Bitte alle Werte vom Original abtippen.").with(facts.unreadable()));
	}
}
