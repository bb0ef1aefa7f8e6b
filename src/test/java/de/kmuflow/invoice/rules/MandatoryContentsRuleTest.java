package de.kmuflow.invoice.rules;

import static de.kmuflow.invoice.rules.Invoices.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.InvoiceLine;
import de.kmuflow.extraction.Severity;
import de.kmuflow.extraction.TaxLine;
import org.junit.jupiter.api.Test;

class MandatoryContentsRuleTest {

	private final MandatoryContentsRule rule = new MandatoryContentsRule();

	@Test
	void completeInvoiceHasNoFindings() {
		assertThat(rule.check(Invoices.complete().build())).isEmpty();
		assertThat(rule.check(Invoices.mixedRates().build())).isEmpty();
	}

	@Test
	void everyMissingItemIsItsOwnError() {
		List<Finding> findings = rule.check(ExtractedInvoice.builder(DocumentKind.TEXT_PDF).build());

		assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::field).containsExactly(
				tuple(MandatoryContentsRule.SELLER_NAME, Severity.ERROR, "sellerName"),
				tuple(MandatoryContentsRule.SELLER_ADDRESS, Severity.ERROR, "sellerAddress"),
				tuple(MandatoryContentsRule.BUYER_NAME, Severity.ERROR, "buyerName"),
				tuple(MandatoryContentsRule.SELLER_TAX_ID, Severity.ERROR, "sellerVatId"),
				tuple(MandatoryContentsRule.ISSUE_DATE, Severity.ERROR, "issueDate"),
				tuple(MandatoryContentsRule.INVOICE_NUMBER, Severity.ERROR, "invoiceNumber"),
				tuple(MandatoryContentsRule.DELIVERY_DATE, Severity.ERROR, "deliveryDate"),
				tuple(MandatoryContentsRule.GOODS_OR_SERVICES, Severity.ERROR, "lines"),
				tuple(MandatoryContentsRule.NET_BY_RATE, Severity.ERROR, "netTotal"),
				tuple(MandatoryContentsRule.TAX_RATE, Severity.ERROR, "taxBreakdown"),
				tuple(MandatoryContentsRule.TAX_AMOUNT, Severity.ERROR, "taxTotal"));
		assertThat(findings).extracting(Finding::message).contains(
				"Name des Rechnungsausstellers (leistender Unternehmer) fehlt.",
				"Name des Leistungsempfängers (Rechnungsempfänger) fehlt.",
				"Steuernummer oder USt-IdNr. des Rechnungsausstellers fehlt.",
				"Rechnungsnummer fehlt.",
				"Leistungsdatum fehlt, und es gibt auch kein Rechnungsdatum, das dafür stehen könnte.");
	}

	@Test
	void blankTextCountsAsMissing() {
		List<Finding> findings = rule.check(Invoices.complete().set(InvoiceField.SELLER_NAME, " ").set(InvoiceField.INVOICE_NUMBER, "").build());

		assertThat(findings).extracting(Finding::rule)
			.containsExactly(MandatoryContentsRule.SELLER_NAME, MandatoryContentsRule.INVOICE_NUMBER);
	}

	@Test
	void eitherTaxNumberOrVatIdIsEnough() {
		assertThat(rule.check(Invoices.complete().set(InvoiceField.SELLER_VAT_ID, null).build())).isEmpty();
		assertThat(rule.check(Invoices.complete().set(InvoiceField.SELLER_TAX_NUMBER, null).build())).isEmpty();
		assertThat(rule.check(Invoices.complete().set(InvoiceField.SELLER_VAT_ID, null).set(InvoiceField.SELLER_TAX_NUMBER, " ").build()))
			.singleElement()
			.satisfies(finding -> assertThat(finding.rule()).isEqualTo(MandatoryContentsRule.SELLER_TAX_ID));
	}

	@Test
	void missingDeliveryDateIsOnlyAWarningWhenTheIssueDateCanStandIn() {
		List<Finding> findings = rule.check(Invoices.complete().set(InvoiceField.DELIVERY_DATE, null).build());

		assertThat(findings).containsExactly(new Finding(MandatoryContentsRule.DELIVERY_DATE, Severity.WARNING,
				"deliveryDate",
				"Leistungsdatum fehlt; gilt nur, wenn es dem Rechnungsdatum entspricht und das auf der Rechnung steht.")
			.saying("issueDate"));
	}

	@Test
	void eInvoiceWithoutLinesIsOnlyAWarning() {
		ExtractedInvoice basicWl = Invoices.withoutAmounts(DocumentKind.XRECHNUNG_CII)
			.set(InvoiceField.NET_TOTAL, eur("1000.00"))
			.set(InvoiceField.TAX_TOTAL, eur("190.00"))
			.set(InvoiceField.GROSS_TOTAL, eur("1190.00"))
			.taxLine(new TaxLine(eur("19"), eur("1000.00"), eur("190.00")))
			.build();

		assertThat(rule.check(basicWl)).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(MandatoryContentsRule.GOODS_OR_SERVICES);
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.field()).isEqualTo("lines");
			assertThat(finding.message()).contains("E-Rechnung enthält keine Positionen", "am Beleg prüfen");
		});
	}

	@Test
	void paperInvoiceWithoutLinesIsAnError() {
		ExtractedInvoice noLines = Invoices.withoutAmounts(DocumentKind.SCANNED_PDF)
			.set(InvoiceField.NET_TOTAL, eur("1000.00"))
			.set(InvoiceField.TAX_TOTAL, eur("190.00"))
			.set(InvoiceField.GROSS_TOTAL, eur("1190.00"))
			.taxLine(new TaxLine(eur("19"), eur("1000.00"), eur("190.00")))
			.build();

		assertThat(rule.check(noLines)).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(MandatoryContentsRule.GOODS_OR_SERVICES);
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.message()).startsWith("Keine Rechnungsposition erkannt");
		});
	}

	@Test
	void linesMustNameWhatWasDelivered() {
		ExtractedInvoice nameless = Invoices.withoutAmounts(DocumentKind.TEXT_PDF)
			.set(InvoiceField.NET_TOTAL, eur("1000.00"))
			.set(InvoiceField.TAX_TOTAL, eur("190.00"))
			.taxLine(new TaxLine(eur("19"), eur("1000.00"), eur("190.00")))
			.line(new InvoiceLine(null, eur("1"), eur("1000.00"), eur("1000.00")))
			.line(new InvoiceLine(" ", null, null, null))
			.build();

		assertThat(rule.check(nameless)).singleElement()
			.isEqualTo(new Finding(MandatoryContentsRule.GOODS_OR_SERVICES, Severity.ERROR, "lines",
					"Keine Rechnungsposition nennt die Art der Ware oder Leistung (Beschreibung fehlt).").saying("noDescription"));
	}

	@Test
	void netTotalStandsForTheNetOfASingleRateButTheRateMustBeShown() {
		ExtractedInvoice noBreakdown = Invoices.withoutAmounts(DocumentKind.TEXT_PDF)
			.set(InvoiceField.NET_TOTAL, eur("1000.00"))
			.set(InvoiceField.TAX_TOTAL, eur("190.00"))
			.set(InvoiceField.GROSS_TOTAL, eur("1190.00"))
			.line(new InvoiceLine("Wartung", eur("1"), eur("1000.00"), eur("1000.00")))
			.build();

		assertThat(rule.check(noBreakdown)).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(MandatoryContentsRule.TAX_RATE);
			assertThat(finding.field()).isEqualTo("taxBreakdown");
			assertThat(finding.message()).isEqualTo("Steuersatz fehlt (oder ein Hinweis auf die Steuerbefreiung).");
		});
	}

	@Test
	void mixedRatesNeedTheNetAmountOfEachRate() {
		ExtractedInvoice invoice = Invoices.withoutAmounts(DocumentKind.TEXT_PDF)
			.set(InvoiceField.NET_TOTAL, eur("230.00"))
			.set(InvoiceField.TAX_TOTAL, eur("34.10"))
			.set(InvoiceField.GROSS_TOTAL, eur("264.10"))
			.taxLine(new TaxLine(eur("19.00"), eur("150.00"), eur("28.50")))
			.taxLine(new TaxLine(eur("7.00"), null, eur("5.60")))
			.line(new InvoiceLine("Kaffeemaschine", eur("1"), eur("150.00"), eur("150.00")))
			.build();

		assertThat(rule.check(invoice)).singleElement()
			.isEqualTo(new Finding(MandatoryContentsRule.NET_BY_RATE, Severity.ERROR, "taxBreakdown",
					"Nettobetrag zum Steuersatz 7 % fehlt.").saying("rate", "rate:7"));
	}

	@Test
	void breakdownLineWithoutRateOrNet() {
		ExtractedInvoice invoice = Invoices.withoutAmounts(DocumentKind.TEXT_PDF)
			.set(InvoiceField.NET_TOTAL, eur("230.00"))
			.set(InvoiceField.TAX_TOTAL, eur("34.10"))
			.taxLine(new TaxLine(eur("19"), eur("150.00"), eur("28.50")))
			.taxLine(new TaxLine(null, null, eur("5.60")))
			.line(new InvoiceLine("Kaffeemaschine", eur("1"), eur("150.00"), eur("150.00")))
			.build();

		assertThat(rule.check(invoice)).extracting(Finding::rule, Finding::message).containsExactly(
				tuple(MandatoryContentsRule.NET_BY_RATE, "Nettobetrag zu einem Steuersatz fehlt."),
				tuple(MandatoryContentsRule.TAX_RATE, "Steuersatz fehlt (oder ein Hinweis auf die Steuerbefreiung)."));
	}

	@Test
	void taxAmountMayComeFromTheBreakdownOrTheTotal() {
		ExtractedInvoice breakdownOnly = Invoices.complete().set(InvoiceField.TAX_TOTAL, null).build();
		ExtractedInvoice neither = Invoices.withoutAmounts(DocumentKind.TEXT_PDF)
			.set(InvoiceField.NET_TOTAL, eur("1000.00"))
			.taxLine(new TaxLine(eur("19"), eur("1000.00"), null))
			.line(new InvoiceLine("Wartung", eur("1"), eur("1000.00"), eur("1000.00")))
			.build();

		assertThat(rule.check(breakdownOnly)).isEmpty();
		assertThat(rule.check(neither)).extracting(Finding::rule, Finding::field, Finding::message)
			.containsExactly(tuple(MandatoryContentsRule.TAX_AMOUNT, "taxTotal", "Steuerbetrag fehlt."));
	}

	@Test
	void zeroRateIsAnExemptionWhoseReasonTheClerkMustSee() {
		ExtractedInvoice reverseCharge = Invoices.withoutAmounts(DocumentKind.TEXT_PDF)
			.set(InvoiceField.NET_TOTAL, eur("5000.00"))
			.set(InvoiceField.TAX_TOTAL, eur("0.00"))
			.set(InvoiceField.GROSS_TOTAL, eur("5000.00"))
			.taxLine(new TaxLine(eur("0"), eur("5000.00"), null))
			.line(new InvoiceLine("Dachdeckerarbeiten", eur("1"), eur("5000.00"), eur("5000.00")))
			.build();

		assertThat(rule.check(reverseCharge)).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(MandatoryContentsRule.EXEMPTION_NOTE);
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.field()).isEqualTo("taxBreakdown");
			assertThat(finding.message()).startsWith("Steuersatz 0 %").contains("§13b UStG");
		});
	}

	@Test
	void noTaxAtAllIsTheSmallBusinessExemption() {
		ExtractedInvoice kleinunternehmer = Invoices.withoutAmounts(DocumentKind.TEXT_PDF)
			.set(InvoiceField.NET_TOTAL, eur("800.00"))
			.set(InvoiceField.TAX_TOTAL, eur("0"))
			.set(InvoiceField.GROSS_TOTAL, eur("800.00"))
			.line(new InvoiceLine("Webdesign", eur("8"), eur("100.00"), eur("800.00")))
			.build();

		assertThat(rule.check(kleinunternehmer)).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(MandatoryContentsRule.EXEMPTION_NOTE);
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.message()).contains("Keine Umsatzsteuer ausgewiesen", "§19 UStG");
		});
	}

	@Test
	void creditNoteWithNegativeAmountsIsCompleteAndNotASmallAmount() {
		assertThat(rule.check(Invoices.creditNote().build())).isEmpty();
		assertThat(rule.check(Invoices.creditNote().set(InvoiceField.BUYER_NAME, null).build())).extracting(Finding::rule)
			.containsExactly(MandatoryContentsRule.BUYER_NAME);
	}
}
