package de.kmuflow.invoice.rules;

import static de.kmuflow.invoice.rules.Invoices.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.InvoiceLine;
import de.kmuflow.extraction.Severity;
import de.kmuflow.extraction.TaxLine;
import org.junit.jupiter.api.Test;

class InvoiceValidatorTest {

	private final InvoiceValidator validator = InvoiceValidator.standard(DueDateRuleTest.TEN_MARCH_2026);

	@Test
	void standardRunsMandatoryContentsFirst() {
		assertThat(InvoiceValidator.standard().rules()).extracting(rule -> rule.getClass().getSimpleName())
			.containsExactly("MandatoryContentsRule", "ArithmeticRule", "IbanRule", "VatIdRule", "TaxNumberRule",
					"DueDateRule");
	}

	@Test
	void completeInvoicesHaveNoFindings() {
		assertThat(validator.validate(Invoices.complete().build())).isEmpty();
		assertThat(validator.validate(Invoices.mixedRates().build())).isEmpty();
		assertThat(validator.validate(Invoices.creditNote().build())).isEmpty();
	}

	@Test
	void findingsComeInRuleOrder() {
		ExtractedInvoice invoice = Invoices.complete()
			.set(InvoiceField.INVOICE_NUMBER, null)
			.set(InvoiceField.GROSS_TOTAL, eur("1191.00"))
			.set(InvoiceField.SELLER_IBAN, "DE89370400440532013001")
			.set(InvoiceField.SELLER_VAT_ID, "DE12345678")
			.set(InvoiceField.DUE_DATE, LocalDate.of(2026, 3, 1))
			.cashDiscount(null)
			.build();

		List<Finding> findings = validator.validate(invoice);

		assertThat(findings).extracting(Finding::rule).containsExactly(MandatoryContentsRule.INVOICE_NUMBER,
				ArithmeticRule.TOTALS, IbanRule.CHECK_DIGITS, VatIdRule.FORMAT, DueDateRule.DUE_BEFORE_ISSUE);
		assertThat(InvoiceValidator.hasErrors(findings)).isTrue();
	}

	@Test
	void warningsAndInfosAreNoErrors() {
		List<Finding> findings = validator.validate(Invoices.complete().set(InvoiceField.DELIVERY_DATE, null).set(InvoiceField.SELLER_TAX_NUMBER, "12/345").build());

		assertThat(findings).extracting(Finding::rule, Finding::severity).containsExactly(
				tuple(MandatoryContentsRule.DELIVERY_DATE, Severity.WARNING),
				tuple(TaxNumberRule.FORMAT, Severity.WARNING));
		assertThat(InvoiceValidator.hasErrors(findings)).isFalse();
		assertThat(InvoiceValidator.hasErrors(List.of())).isFalse();
	}

	@Test
	void ruleListIsConfigurable() {
		InvoiceRule alwaysRemarks = (invoice, facts) -> List.of(Finding.info("REMARK", null, "Hinweis"));
		InvoiceValidator custom = new InvoiceValidator(List.of(alwaysRemarks, new IbanRule()));

		List<Finding> findings = custom.validate(Invoices.complete().set(InvoiceField.SELLER_IBAN, "DE00").set(InvoiceField.INVOICE_NUMBER, null).build());

		assertThat(findings).extracting(Finding::rule).containsExactly("REMARK", IbanRule.FORMAT);
	}

	@Test
	void aFailingRuleBecomesAnErrorAndTheOthersStillRun() {
		InvoiceRule broken = (invoice, facts) -> {
			throw new IllegalStateException("kaputt");
		};
		InvoiceValidator custom = new InvoiceValidator(List.of(broken, new IbanRule()));

		List<Finding> findings = custom.validate(Invoices.complete().set(InvoiceField.SELLER_IBAN, "DE89370400440532013001").build());

		assertThat(findings).extracting(Finding::rule).containsExactly(InvoiceValidator.RULE_FAILED, IbanRule.CHECK_DIGITS);
		assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
		assertThat(findings.get(0).message()).contains("konnte nicht durchgeführt werden", "kaputt", "von Hand prüfen");
	}

	@Test
	void eInvoiceCreditNoteWithoutLinesOnlyWarns() {
		// a UBL credit note (381) states positive amounts; this profile carries no lines
		ExtractedInvoice creditNote = Invoices.withoutAmounts(DocumentKind.XRECHNUNG_UBL)
			.set(InvoiceField.DOCUMENT_TYPE_CODE, "381")
			.set(InvoiceField.DUE_DATE, null)
			.cashDiscount(null)
			.set(InvoiceField.NET_TOTAL, eur("230.00"))
			.set(InvoiceField.TAX_TOTAL, eur("34.10"))
			.set(InvoiceField.GROSS_TOTAL, eur("264.10"))
			.taxLine(new TaxLine(eur("19"), eur("150.00"), eur("28.50")))
			.taxLine(new TaxLine(eur("7"), eur("80.00"), eur("5.60")))
			.build();

		List<Finding> findings = validator.validate(creditNote);

		assertThat(findings).extracting(Finding::rule, Finding::severity)
			.containsExactly(tuple(MandatoryContentsRule.GOODS_OR_SERVICES, Severity.WARNING));
		assertThat(InvoiceValidator.hasErrors(findings)).isFalse();
	}

	@Test
	void smallReceiptPassesWithoutRecipientOrNumber() {
		ExtractedInvoice receipt = ExtractedInvoice.builder(DocumentKind.IMAGE)
			.set(InvoiceField.ISSUE_DATE, LocalDate.of(2026, 3, 9))
			.set(InvoiceField.SELLER_NAME, "Bürobedarf Weber OHG")
			.set(InvoiceField.SELLER_ADDRESS, "Marktplatz 3, 72070 Tübingen")
			.set(InvoiceField.NET_TOTAL, eur("20.00"))
			.set(InvoiceField.TAX_TOTAL, eur("3.80"))
			.set(InvoiceField.GROSS_TOTAL, eur("23.80"))
			.taxLine(new TaxLine(eur("19"), eur("20.00"), eur("3.80")))
			.line(new InvoiceLine("Ordner A4", eur("4"), eur("5.00"), eur("20.00")))
			.build();

		assertThat(validator.validate(receipt)).extracting(Finding::rule)
			.containsExactly(SmallAmountRule.SMALL_AMOUNT_INVOICE);
	}
}
