package de.kmuflow.invoice.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import de.kmuflow.extraction.ExtractedInvoice;

/**
 * The reduced catalogue of §33 UStDV for invoices of at most 250 EUR gross: supplier name and
 * address, issue date, quantity and kind of goods or services, gross amount and tax rate (or an
 * exemption). Recipient, invoice number, tax number or VAT ID, delivery date and tax amount are
 * not required. {@link MandatoryContentsRule} decides when this catalogue applies.
 */
public final class SmallAmountRule implements InvoiceRule {

	public static final String SMALL_AMOUNT_INVOICE = "SMALL_AMOUNT_INVOICE";

	/** §33 UStDV: "Gesamtbetrag 250 Euro nicht übersteigt". */
	public static final BigDecimal LIMIT = new BigDecimal("250.00");

	/**
	 * Whether the invoice is a small-amount invoice: its gross total is known, in euros (or without a
	 * currency, as on most receipts) and at most 250.00 in magnitude, so a small credit note counts too.
	 */
	public static boolean appliesTo(ExtractedInvoice invoice) {
		BigDecimal gross = invoice.grossTotal();
		String currency = invoice.currency();
		boolean euros = currency == null || currency.isBlank() || "EUR".equalsIgnoreCase(currency.strip());
		return gross != null && euros && gross.abs().compareTo(LIMIT) <= 0;
	}

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		List<Finding> findings = new ArrayList<>();
		if (invoice.grossTotal() != null) {
			// tells the clerk why recipient, number and tax number are not asked for
			findings.add(Finding.info(SMALL_AMOUNT_INVOICE, "grossTotal", "Kleinbetragsrechnung (Bruttobetrag "
					+ GermanFormat.amount(invoice.grossTotal(), invoice.currency()) + ", höchstens 250,00 €, §33 UStDV):"
					+ " Empfänger, Rechnungsnummer und Steuernummer/USt-IdNr. sind nicht erforderlich.")
				.with(Finding.amount(invoice.grossTotal(), invoice.currency())));
		}
		MandatoryItems.sellerName(invoice, findings);
		MandatoryItems.sellerAddress(invoice, findings);
		MandatoryItems.issueDate(invoice, findings);
		MandatoryItems.goodsOrServices(invoice, findings);
		if (invoice.grossTotal() == null) {
			findings.add(Finding.error(MandatoryContentsRule.GROSS_TOTAL, "grossTotal",
					"Bruttobetrag fehlt; eine Kleinbetragsrechnung muss den Gesamtbetrag nennen."));
		}
		MandatoryItems.taxRateAndAmount(invoice, false, findings);
		return List.copyOf(findings);
	}
}
