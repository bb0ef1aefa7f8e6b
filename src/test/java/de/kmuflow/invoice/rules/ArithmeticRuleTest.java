package de.kmuflow.invoice.rules;

import static de.kmuflow.invoice.rules.Invoices.eur;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.InvoiceLine;
import de.kmuflow.extraction.Severity;
import de.kmuflow.extraction.TaxLine;
import org.junit.jupiter.api.Test;

class ArithmeticRuleTest {

	private final ArithmeticRule rule = new ArithmeticRule();

	private static ExtractedInvoice.Builder totals(String net, String tax, String gross) {
		return Invoices.withoutAmounts(DocumentKind.TEXT_PDF).set(InvoiceField.NET_TOTAL, eur(net)).set(InvoiceField.TAX_TOTAL, eur(tax)).set(InvoiceField.GROSS_TOTAL, eur(gross));
	}

	private static TaxLine rate(String rate, String net, String tax) {
		return new TaxLine(eur(rate), net == null ? null : eur(net), tax == null ? null : eur(tax));
	}

	private static InvoiceLine line(String net) {
		return new InvoiceLine("Position", eur("1"), eur(net), eur(net));
	}

	@Test
	void consistentInvoicesAddUp() {
		assertThat(rule.check(Invoices.complete().build())).isEmpty();
		assertThat(rule.check(Invoices.mixedRates().build())).isEmpty();
	}

	@Test
	void netPlusTaxMustBeGross() {
		List<Finding> findings = rule.check(Invoices.complete().set(InvoiceField.GROSS_TOTAL, eur("1109.00")).build());

		assertThat(findings).singleElement()
			.isEqualTo(new Finding(ArithmeticRule.TOTALS, Severity.ERROR, "grossTotal",
					"Netto 1.000,00 € + Steuer 190,00 € ergibt 1.190,00 €, der Bruttobetrag der Rechnung ist aber"
							+ " 1.109,00 €.")
				.with("amount:EUR:1000.00", "amount:EUR:190.00", "amount:EUR:1190.00", "amount:EUR:1109.00"));
	}

	@Test
	void netPlusTaxAllowsACentPerTerm() {
		assertThat(rule.check(totals("100.00", "19.00", "119.02").build())).isEmpty();
		assertThat(rule.check(totals("100.00", "19.00", "118.98").build())).isEmpty();
		assertThat(rule.check(totals("100.00", "19.00", "119.03").build())).extracting(Finding::rule)
			.containsExactly(ArithmeticRule.TOTALS);
	}

	@Test
	void taxPerRateIsRoundedHalfUpToCents() {
		assertThat(ArithmeticRule.taxFor(eur("1.50"), eur("19"))).isEqualByComparingTo("0.29");
		assertThat(ArithmeticRule.taxFor(eur("-1.50"), eur("19"))).isEqualByComparingTo("-0.29");
		assertThat(ArithmeticRule.taxFor(eur("10.05"), eur("7.00"))).isEqualByComparingTo("0.70");
		assertThat(ArithmeticRule.taxFor(eur("999.99"), eur("19"))).isEqualByComparingTo("190.00");
	}

	@Test
	void taxPerRateAllowsOneCent() {
		ExtractedInvoice centOff = totals("100.00", "19.01", "119.01").taxLine(rate("19", "100.00", "19.01")).build();
		ExtractedInvoice twoCentsOff = totals("100.00", "19.02", "119.02").taxLine(rate("19", "100.00", "19.02")).build();

		assertThat(rule.check(centOff)).isEmpty();
		assertThat(rule.check(twoCentsOff)).singleElement()
			.isEqualTo(new Finding(ArithmeticRule.TAX_PER_RATE, Severity.ERROR, "taxBreakdown",
					"Die Steuer zum Satz 19 % auf 100,00 € netto beträgt 19,00 €, auf der Rechnung stehen 19,02 €.")
				.with("rate:19", "amount:EUR:100.00", "amount:EUR:19.00", "amount:EUR:19.02"));
	}

	@Test
	void mixedRatesAreCheckedRateByRate() {
		ExtractedInvoice sevenPercentWrong = totals("230.00", "39.30", "269.30")
			.taxLine(rate("19.00", "150.00", "28.50"))
			.taxLine(rate("7.00", "80.00", "10.80"))
			.build();

		assertThat(rule.check(sevenPercentWrong)).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(ArithmeticRule.TAX_PER_RATE);
			assertThat(finding.message()).contains("Satz 7 %", "80,00 € netto", "5,60 €", "10,80 €");
		});
	}

	@Test
	void singleRateWithoutAmountsIsCheckedAgainstTheTotals() {
		assertThat(rule.check(totals("100.00", "19.00", "119.00").taxLine(rate("19", null, null)).build())).isEmpty();
		assertThat(rule.check(totals("100.00", "7.00", "107.00").taxLine(rate("19", null, null)).build()))
			.extracting(Finding::rule)
			.containsExactly(ArithmeticRule.TAX_PER_RATE);
	}

	@Test
	void breakdownNetsMustSumToTheNetTotalWithinACentPerRate() {
		ExtractedInvoice twoCents = totals("230.02", "34.10", "264.12")
			.taxLine(rate("19", "150.00", "28.50"))
			.taxLine(rate("7", "80.00", "5.60"))
			.build();
		ExtractedInvoice threeCents = totals("230.03", "34.10", "264.13")
			.taxLine(rate("19", "150.00", "28.50"))
			.taxLine(rate("7", "80.00", "5.60"))
			.build();

		assertThat(rule.check(twoCents)).isEmpty();
		assertThat(rule.check(threeCents)).singleElement()
			.isEqualTo(new Finding(ArithmeticRule.BREAKDOWN_NET, Severity.ERROR, "netTotal",
					"Die Nettobeträge je Steuersatz ergeben zusammen 230,00 €, der Nettobetrag der Rechnung ist aber"
							+ " 230,03 €.").with("amount:EUR:230.00", "amount:EUR:230.03"));
	}

	@Test
	void breakdownTaxesMustSumToTheTaxTotal() {
		ExtractedInvoice invoice = totals("230.00", "43.10", "273.10")
			.taxLine(rate("19", "150.00", "28.50"))
			.taxLine(rate("7", "80.00", "5.60"))
			.build();

		assertThat(rule.check(invoice)).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(ArithmeticRule.BREAKDOWN_TAX);
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.field()).isEqualTo("taxTotal");
			assertThat(finding.message()).contains("34,10 €", "43,10 €");
		});
	}

	@Test
	void linesThatDoNotSumToTheNetTotalAreOnlyAWarning() {
		ExtractedInvoice withDiscount = totals("900.00", "171.00", "1071.00")
			.taxLine(rate("19", "900.00", "171.00"))
			.line(line("600.00"))
			.line(line("400.00"))
			.build();

		assertThat(rule.check(withDiscount)).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(ArithmeticRule.LINES_NET);
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.field()).isEqualTo("lines");
			assertThat(finding.message()).startsWith(
					"Die Positionen ergeben zusammen 1.000,00 € netto, der Nettobetrag der Rechnung ist 900,00 €"
							+ " (Differenz -100,00 €).")
				.contains("Zu- oder Abschläge");
		});
	}

	@Test
	void linesAllowACentEach() {
		ExtractedInvoice threeLinesThreeCents = totals("30.03", "5.71", "35.74")
			.line(line("10.00"))
			.line(line("10.00"))
			.line(line("10.00"))
			.build();
		ExtractedInvoice threeLinesFourCents = threeLinesThreeCents.toBuilder()
			.set(InvoiceField.NET_TOTAL, eur("30.04"))
			.set(InvoiceField.GROSS_TOTAL, eur("35.75"))
			.build();

		assertThat(rule.check(threeLinesThreeCents)).isEmpty();
		assertThat(rule.check(threeLinesFourCents)).extracting(Finding::rule).containsExactly(ArithmeticRule.LINES_NET);
	}

	@Test
	void linesWithoutNetAmountsAreNotSummed() {
		ExtractedInvoice invoice = totals("100.00", "19.00", "119.00")
			.line(line("60.00"))
			.line(new InvoiceLine("Kleinteile", null, null, null))
			.build();

		assertThat(rule.check(invoice)).isEmpty();
	}

	@Test
	void creditNoteWithNegativeAmountsAddsUp() {
		assertThat(rule.check(Invoices.creditNote().build())).isEmpty();
		ExtractedInvoice roundedDown = totals("-1.50", "-0.29", "-1.79").taxLine(rate("19", "-1.50", "-0.29")).build();
		assertThat(rule.check(roundedDown)).isEmpty();
	}

	@Test
	void creditNoteWithWrongGrossIsReportedWithItsSigns() {
		List<Finding> findings = rule.check(Invoices.creditNote().set(InvoiceField.GROSS_TOTAL, eur("-1109.00")).build());

		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(ArithmeticRule.TOTALS);
			assertThat(finding.message()).isEqualTo("Netto -1.000,00 € + Steuer -190,00 € ergibt -1.190,00 €,"
					+ " der Bruttobetrag der Rechnung ist aber -1.109,00 €.");
		});
	}

	@Test
	void creditNoteTaxOffByTwoCentsIsAnError() {
		ExtractedInvoice invoice = totals("-100.00", "-19.02", "-119.02").taxLine(rate("19", "-100.00", "-19.02")).build();

		assertThat(rule.check(invoice)).extracting(Finding::rule).containsExactly(ArithmeticRule.TAX_PER_RATE);
	}

	@Test
	void missingAmountsAreLeftToTheMandatoryContentsRule() {
		ExtractedInvoice onlyNet = Invoices.withoutAmounts(DocumentKind.TEXT_PDF).set(InvoiceField.NET_TOTAL, eur("100.00")).build();

		assertThat(rule.check(onlyNet)).isEmpty();
	}

	@Test
	void amountsInOtherCurrenciesNameTheirCurrency() {
		ExtractedInvoice francs = totals("100.00", "8.10", "118.10").set(InvoiceField.CURRENCY, "CHF").build();

		assertThat(rule.check(francs)).singleElement().satisfies(
				finding -> assertThat(finding.message()).contains("100,00 CHF", "118,10 CHF"));
	}
}
