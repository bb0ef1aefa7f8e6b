package de.kmuflow.invoice.rules;

import java.time.temporal.ChronoUnit;
import java.util.List;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.Severity;

/**
 * A possible second copy of a bill: an earlier invoice of the same supplier with the same number,
 * or with the same gross total and an issue date within the window. The finding names the earlier
 * invoice.
 */
public final class DuplicateRule implements InvoiceRule {

	public static final String DUPLICATE = "DUPLICATE";

	private final int windowDays;

	public DuplicateRule(int windowDays) {
		this.windowDays = windowDays;
	}

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		if (invoice.sellerVatId() == null && invoice.sellerIban() == null && invoice.sellerName() == null) {
			return List.of();
		}
		for (Facts.EarlierInvoice other : facts.earlierFromSupplier()) {
			boolean sameNumber = invoice.invoiceNumber() != null && invoice.invoiceNumber().equals(other.invoiceNumber());
			boolean sameAmountNearDate = invoice.grossTotal() != null && other.grossTotal() != null
					&& invoice.grossTotal().compareTo(other.grossTotal()) == 0 && invoice.issueDate() != null
					&& other.issueDate() != null
					&& Math.abs(ChronoUnit.DAYS.between(invoice.issueDate(), other.issueDate())) <= windowDays;
			if (sameNumber || sameAmountNearDate) {
				Finding duplicate = new Finding(DUPLICATE, Severity.WARNING, sameNumber ? "invoiceNumber" : "grossTotal",
						"Mögliche Doppelrechnung: " + (sameNumber ? "gleiche Rechnungsnummer " + other.invoiceNumber()
								: "gleicher Betrag " + GermanFormat.amount(other.grossTotal(), invoice.currency()) + " vom "
										+ GermanFormat.date(other.issueDate()))
								+ " wie eine frühere Rechnung dieses Lieferanten.",
						other.id());
				return List.of(sameNumber ? duplicate.saying("number", other.invoiceNumber())
						: duplicate.saying("amount", Finding.amount(other.grossTotal(), invoice.currency()),
								Finding.date(other.issueDate())));
			}
		}
		return List.of();
	}
}
