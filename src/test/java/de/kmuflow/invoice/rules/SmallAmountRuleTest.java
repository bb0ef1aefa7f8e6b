package de.kmuflow.invoice.rules;

import static de.kmuflow.invoice.rules.Invoices.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.InvoiceLine;
import de.kmuflow.extraction.Severity;
import de.kmuflow.extraction.TaxLine;
import org.junit.jupiter.api.Test;

class SmallAmountRuleTest {

	private final MandatoryContentsRule mandatoryContents = new MandatoryContentsRule();

	/** A till receipt: who sold what, when, for how much at which rate; no buyer, number or tax number. */
	private static ExtractedInvoice receipt(String gross) {
		BigDecimal grossTotal = eur(gross);
		BigDecimal net = grossTotal.divide(eur("1.19"), 2, java.math.RoundingMode.HALF_UP);
		return ExtractedInvoice.builder(DocumentKind.SCANNED_PDF)
			.set(InvoiceField.ISSUE_DATE, Invoices.ISSUED)
			.set(InvoiceField.CURRENCY, "EUR")
			.set(InvoiceField.SELLER_NAME, "Bürobedarf Weber OHG")
			.set(InvoiceField.SELLER_ADDRESS, "Marktplatz 3, 72070 Tübingen")
			.set(InvoiceField.GROSS_TOTAL, grossTotal)
			.taxLine(new TaxLine(eur("19"), net, grossTotal.subtract(net)))
			.line(new InvoiceLine("Druckerpapier A4, 500 Blatt", eur("1"), null, null))
			.build();
	}

	@Test
	void atTwoHundredFiftyEurosRecipientNumberAndTaxIdAreNotRequired() {
		List<Finding> findings = mandatoryContents.check(receipt("250.00"));

		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(SmallAmountRule.SMALL_AMOUNT_INVOICE);
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.field()).isEqualTo("grossTotal");
			assertThat(finding.message()).isEqualTo("Kleinbetragsrechnung (Bruttobetrag 250,00 €, höchstens 250,00 €,"
					+ " §33 UStDV): Empfänger, Rechnungsnummer und Steuernummer/USt-IdNr. sind nicht erforderlich.");
		});
		assertThat(findings).noneMatch(Finding::isError);
	}

	@Test
	void oneCentMoreNeedsTheFullContents() {
		List<Finding> findings = mandatoryContents.check(receipt("250.01"));

		assertThat(findings).extracting(Finding::rule, Finding::severity).containsExactly(
				tuple(MandatoryContentsRule.BUYER_NAME, Severity.ERROR),
				tuple(MandatoryContentsRule.SELLER_TAX_ID, Severity.ERROR),
				tuple(MandatoryContentsRule.INVOICE_NUMBER, Severity.ERROR),
				tuple(MandatoryContentsRule.DELIVERY_DATE, Severity.WARNING));
	}

	@Test
	void smallAmountStillNeedsSellerDateGoodsAndRateButNoTaxAmount() {
		ExtractedInvoice bare = ExtractedInvoice.builder(DocumentKind.IMAGE).set(InvoiceField.GROSS_TOTAL, eur("12.50")).build();

		assertThat(mandatoryContents.check(bare)).extracting(Finding::rule, Finding::severity, Finding::field)
			.containsExactly(
					tuple(SmallAmountRule.SMALL_AMOUNT_INVOICE, Severity.INFO, "grossTotal"),
					tuple(MandatoryContentsRule.SELLER_NAME, Severity.ERROR, "sellerName"),
					tuple(MandatoryContentsRule.SELLER_ADDRESS, Severity.ERROR, "sellerAddress"),
					tuple(MandatoryContentsRule.ISSUE_DATE, Severity.ERROR, "issueDate"),
					tuple(MandatoryContentsRule.GOODS_OR_SERVICES, Severity.ERROR, "lines"),
					tuple(MandatoryContentsRule.TAX_RATE, Severity.ERROR, "taxBreakdown"));
	}

	@Test
	void smallCreditNoteCountsByItsMagnitude() {
		ExtractedInvoice refund = ExtractedInvoice.builder(DocumentKind.TEXT_PDF)
			.set(InvoiceField.DOCUMENT_TYPE_CODE, "381")
			.set(InvoiceField.ISSUE_DATE, Invoices.ISSUED)
			.set(InvoiceField.SELLER_NAME, "Bürobedarf Weber OHG")
			.set(InvoiceField.SELLER_ADDRESS, "Marktplatz 3, 72070 Tübingen")
			.set(InvoiceField.GROSS_TOTAL, eur("-250.00"))
			.taxLine(new TaxLine(eur("19"), eur("-210.08"), eur("-39.92")))
			.line(new InvoiceLine("Rücknahme Bürostuhl", eur("-1"), eur("210.08"), eur("-210.08")))
			.build();

		assertThat(SmallAmountRule.appliesTo(refund)).isTrue();
		assertThat(mandatoryContents.check(refund)).extracting(Finding::message)
			.containsExactly("Kleinbetragsrechnung (Bruttobetrag -250,00 €, höchstens 250,00 €, §33 UStDV):"
					+ " Empfänger, Rechnungsnummer und Steuernummer/USt-IdNr. sind nicht erforderlich.");
	}

	@Test
	void appliesOnlyToKnownGrossAmountsInEuros() {
		assertThat(SmallAmountRule.appliesTo(receipt("0.99"))).isTrue();
		assertThat(SmallAmountRule.appliesTo(receipt("250.00"))).isTrue();
		assertThat(SmallAmountRule.appliesTo(receipt("250.001"))).isFalse();
		assertThat(SmallAmountRule.appliesTo(receipt("250.01"))).isFalse();
		assertThat(SmallAmountRule.appliesTo(receipt("100.00").toBuilder().set(InvoiceField.CURRENCY, null).build())).isTrue();
		assertThat(SmallAmountRule.appliesTo(receipt("100.00").toBuilder().set(InvoiceField.CURRENCY, "CHF").build())).isFalse();
		assertThat(SmallAmountRule.appliesTo(receipt("100.00").toBuilder().set(InvoiceField.GROSS_TOTAL, null).build())).isFalse();
	}

	@Test
	void zeroRateOnASmallInvoiceIsAnExemption() {
		ExtractedInvoice stamps = ExtractedInvoice.builder(DocumentKind.IMAGE)
			.set(InvoiceField.ISSUE_DATE, Invoices.ISSUED)
			.set(InvoiceField.SELLER_NAME, "Deutsche Post AG")
			.set(InvoiceField.SELLER_ADDRESS, "Charles-de-Gaulle-Str. 20, 53113 Bonn")
			.set(InvoiceField.GROSS_TOTAL, eur("9.50"))
			.taxLine(new TaxLine(eur("0"), eur("9.50"), eur("0.00")))
			.line(new InvoiceLine("Briefmarken 10 x 0,95 EUR", eur("10"), eur("0.95"), eur("9.50")))
			.build();

		assertThat(mandatoryContents.check(stamps)).extracting(Finding::rule, Finding::severity).containsExactly(
				tuple(SmallAmountRule.SMALL_AMOUNT_INVOICE, Severity.INFO),
				tuple(MandatoryContentsRule.EXEMPTION_NOTE, Severity.INFO));
	}

	@Test
	void theCatalogueAloneReportsAMissingGrossAmount() {
		ExtractedInvoice noGross = receipt("100.00").toBuilder().set(InvoiceField.GROSS_TOTAL, null).build();

		assertThat(new SmallAmountRule().check(noGross)).singleElement()
			.isEqualTo(new Finding(MandatoryContentsRule.GROSS_TOTAL, Severity.ERROR, "grossTotal",
					"Bruttobetrag fehlt; eine Kleinbetragsrechnung muss den Gesamtbetrag nennen."));
	}
}
