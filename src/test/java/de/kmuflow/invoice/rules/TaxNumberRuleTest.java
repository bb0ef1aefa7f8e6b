package de.kmuflow.invoice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxNumberRuleTest {

	private final TaxNumberRule rule = new TaxNumberRule();

	private List<Finding> check(String taxNumber) {
		return rule.check(Invoices.complete().set(InvoiceField.SELLER_TAX_NUMBER, taxNumber).build());
	}

	@ParameterizedTest
	@ValueSource(strings = { "21/815/08150", "2181508150", "93815/08152", "181/815/08155", "133/8150/8159",
			"22/815/0815/4", "75 815 08152", "1121081508150", " 013 815 08153 " })
	void usualFormatsPass(String taxNumber) {
		assertThat(check(taxNumber)).isEmpty();
	}

	@Test
	void tooFewDigits() {
		assertThat(check("123/456/789")).containsExactly(new Finding(TaxNumberRule.FORMAT, Severity.WARNING,
				"sellerTaxNumber", "Die Steuernummer 123/456/789 hat 9 Ziffern; deutsche Steuernummern haben 10 bis 13"
						+ " Ziffern (z. B. 21/815/08150 oder 2181508150).").saying("digits", "123/456/789", "9"));
	}

	@Test
	void tooManyDigits() {
		assertThat(check("12345678901234")).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("hat 14 Ziffern"));
	}

	@Test
	void vatIdInTheTaxNumberField() {
		assertThat(check("DE 136 695 976")).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.message()).startsWith("Als Steuernummer steht DE 136 695 976 auf der Rechnung;")
				.contains("USt-IdNr.");
		});
	}

	@Test
	void lettersAndOtherCharacters() {
		assertThat(check("21/815/O8150")).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(TaxNumberRule.FORMAT);
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.message()).contains("andere Zeichen als Ziffern");
		});
	}

	@Test
	void foreignSuppliersAreNotHeldToTheGermanFormat() {
		assertThat(rule.check(Invoices.complete().set(InvoiceField.SELLER_VAT_ID, "ATU12345678").set(InvoiceField.SELLER_TAX_NUMBER, "12 345/6789").build()))
			.isEmpty();
		assertThat(rule.check(Invoices.complete().set(InvoiceField.SELLER_VAT_ID, "DE136695976").set(InvoiceField.SELLER_TAX_NUMBER, "12 345/6789").build()))
			.hasSize(1);
	}
}
