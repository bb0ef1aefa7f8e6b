package de.kmuflow.invoice.rules;

import java.math.BigDecimal;
import java.util.List;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceLine;
import de.kmuflow.extraction.TaxLine;

/**
 * The single items of the mandatory contents, each checked on its own so that the full catalogue
 * (§14 (4) UStG) and the small-amount catalogue (§33 UStDV) are made of the same pieces.
 */
final class MandatoryItems {

	private MandatoryItems() {
	}

	static void sellerName(ExtractedInvoice invoice, List<Finding> findings) {
		if (isBlank(invoice.sellerName())) {
			findings.add(Finding.error(MandatoryContentsRule.SELLER_NAME, "sellerName",
					"Name des Rechnungsausstellers (leistender Unternehmer) fehlt."));
		}
	}

	static void sellerAddress(ExtractedInvoice invoice, List<Finding> findings) {
		if (isBlank(invoice.sellerAddress())) {
			findings.add(Finding.error(MandatoryContentsRule.SELLER_ADDRESS, "sellerAddress",
					"Anschrift des Rechnungsausstellers fehlt."));
		}
	}

	static void buyerName(ExtractedInvoice invoice, List<Finding> findings) {
		if (isBlank(invoice.buyerName())) {
			findings.add(Finding.error(MandatoryContentsRule.BUYER_NAME, "buyerName",
					"Name des Leistungsempfängers (Rechnungsempfänger) fehlt."));
		}
	}

	static void sellerTaxId(ExtractedInvoice invoice, List<Finding> findings) {
		if (isBlank(invoice.sellerVatId()) && isBlank(invoice.sellerTaxNumber())) {
			findings.add(Finding.error(MandatoryContentsRule.SELLER_TAX_ID, "sellerVatId",
					"Steuernummer oder USt-IdNr. des Rechnungsausstellers fehlt."));
		}
	}

	static void issueDate(ExtractedInvoice invoice, List<Finding> findings) {
		if (invoice.issueDate() == null) {
			findings.add(Finding.error(MandatoryContentsRule.ISSUE_DATE, "issueDate",
					"Rechnungsdatum (Ausstellungsdatum) fehlt."));
		}
	}

	static void invoiceNumber(ExtractedInvoice invoice, List<Finding> findings) {
		if (isBlank(invoice.invoiceNumber())) {
			findings.add(Finding.error(MandatoryContentsRule.INVOICE_NUMBER, "invoiceNumber", "Rechnungsnummer fehlt."));
		}
	}

	/** The issue date may stand in for the delivery date, but only when the invoice says so: the clerk must look. */
	static void deliveryDate(ExtractedInvoice invoice, List<Finding> findings) {
		if (invoice.deliveryDate() != null) {
			return;
		}
		if (invoice.issueDate() != null) {
			findings.add(Finding.warning(MandatoryContentsRule.DELIVERY_DATE, "deliveryDate",
					"Leistungsdatum fehlt; gilt nur, wenn es dem Rechnungsdatum entspricht und das auf der Rechnung steht.")
				.saying("issueDate"));
		}
		else {
			findings.add(Finding.error(MandatoryContentsRule.DELIVERY_DATE, "deliveryDate",
					"Leistungsdatum fehlt, und es gibt auch kein Rechnungsdatum, das dafür stehen könnte."));
		}
	}

	/** Quantity and kind of goods or services; e-invoice profiles such as ZUGFeRD BASIC WL carry no lines at all. */
	static void goodsOrServices(ExtractedInvoice invoice, List<Finding> findings) {
		List<InvoiceLine> lines = invoice.lines();
		if (lines.isEmpty()) {
			if (invoice.kind() != null && invoice.kind().isEInvoice()) {
				findings.add(Finding.warning(MandatoryContentsRule.GOODS_OR_SERVICES, "lines",
						"Die E-Rechnung enthält keine Positionen (Profil ohne Positionsdaten); Menge und Art der"
								+ " Lieferung oder Leistung bitte am Beleg prüfen.").saying("noLines"));
			}
			else {
				findings.add(Finding.error(MandatoryContentsRule.GOODS_OR_SERVICES, "lines",
						"Keine Rechnungsposition erkannt: Menge und Art der Waren bzw. Art und Umfang der Leistung fehlen.")
					.saying("none"));
			}
			return;
		}
		if (lines.stream().allMatch(line -> isBlank(line.description()))) {
			findings.add(Finding.error(MandatoryContentsRule.GOODS_OR_SERVICES, "lines",
					"Keine Rechnungsposition nennt die Art der Ware oder Leistung (Beschreibung fehlt).").saying("noDescription"));
		}
	}

	/** Net amounts split by tax rate; with a single rate the net total is that split. */
	static void netByRate(ExtractedInvoice invoice, List<Finding> findings) {
		List<TaxLine> breakdown = invoice.taxBreakdown();
		if (breakdown.size() <= 1) {
			boolean lineNet = breakdown.size() == 1 && breakdown.get(0).net() != null;
			if (!lineNet && invoice.netTotal() == null) {
				findings.add(Finding.error(MandatoryContentsRule.NET_BY_RATE, "netTotal", "Nettobetrag fehlt."));
			}
			return;
		}
		for (TaxLine line : breakdown) {
			if (line.net() == null) {
				String rate = line.rate() == null ? "zu einem Steuersatz" : "zum Steuersatz " + GermanFormat.rate(line.rate());
				Finding missing = Finding.error(MandatoryContentsRule.NET_BY_RATE, "taxBreakdown", "Nettobetrag " + rate + " fehlt.");
				findings.add(line.rate() == null ? missing.saying("someRate") : missing.saying("rate", Finding.rate(line.rate())));
			}
		}
	}

	/**
	 * Tax rate and, when {@code amountRequired}, tax amount, or else an exemption: a rate of 0 %, or no rate
	 * at all with a tax total of 0 (a small business under §19 UStG shows no rate). The reason for an
	 * exemption must be printed; no field holds it, so the clerk is told to look.
	 */
	static void taxRateAndAmount(ExtractedInvoice invoice, boolean amountRequired, List<Finding> findings) {
		List<TaxLine> breakdown = invoice.taxBreakdown();
		if (breakdown.isEmpty()) {
			if (isZero(invoice.taxTotal())) {
				findings.add(exemptionNote("Keine Umsatzsteuer ausgewiesen: Die Rechnung muss den Grund nennen"
						+ " (z. B. Kleinunternehmer nach §19 UStG, steuerfreie Leistung nach §4 UStG).").saying("noTax"));
				return;
			}
			findings.add(missingTaxRate());
			if (amountRequired && invoice.taxTotal() == null) {
				findings.add(missingTaxAmount());
			}
			return;
		}
		if (breakdown.stream().anyMatch(line -> line.rate() == null)) {
			findings.add(missingTaxRate());
		}
		if (breakdown.stream().anyMatch(line -> isZero(line.rate()))) {
			findings.add(exemptionNote("Steuersatz 0 %: Die Rechnung muss den Grund der Steuerbefreiung nennen"
					+ " (z. B. Steuerschuldnerschaft des Leistungsempfängers nach §13b UStG, innergemeinschaftliche"
					+ " Lieferung).").saying("zeroRate"));
		}
		boolean taxedLineWithoutTax = breakdown.stream()
			.anyMatch(line -> line.rate() != null && line.rate().signum() != 0 && line.tax() == null);
		if (amountRequired && invoice.taxTotal() == null && taxedLineWithoutTax) {
			findings.add(missingTaxAmount());
		}
	}

	private static Finding missingTaxRate() {
		return Finding.error(MandatoryContentsRule.TAX_RATE, "taxBreakdown",
				"Steuersatz fehlt (oder ein Hinweis auf die Steuerbefreiung).");
	}

	private static Finding missingTaxAmount() {
		return Finding.error(MandatoryContentsRule.TAX_AMOUNT, "taxTotal", "Steuerbetrag fehlt.");
	}

	private static Finding exemptionNote(String message) {
		return Finding.info(MandatoryContentsRule.EXEMPTION_NOTE, "taxBreakdown", message);
	}

	private static boolean isZero(BigDecimal value) {
		return value != null && value.signum() == 0;
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
