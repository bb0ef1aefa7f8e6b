package de.kmuflow.invoice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanRuleTest {

	private final IbanRule rule = new IbanRule();

	private List<Finding> check(String iban) {
		return rule.check(Invoices.complete().set(InvoiceField.SELLER_IBAN, iban).build());
	}

	@ParameterizedTest
	@ValueSource(strings = { "DE89370400440532013000", "DE89 3704 0044 0532 0130 00", "de89 3704 0044 0532 0130 00",
			"AT611904300234573201", "GB82 WEST 1234 5698 7654 32" })
	void validIbansPass(String iban) {
		assertThat(check(iban)).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = "  ")
	void anAbsentIbanIsNotThisRulesBusiness(String iban) {
		assertThat(check(iban)).isEmpty();
	}

	@Test
	void wrongCheckDigitsSayWhichWouldBeRight() {
		assertThat(check("DE89 3704 0044 0532 0130 01")).singleElement()
			.isEqualTo(new Finding(IbanRule.CHECK_DIGITS, Severity.ERROR, "sellerIban",
					"Die IBAN DE89 3704 0044 0532 0130 01 ist ungültig: Die Prüfziffer 89 passt nicht zum Rest der IBAN"
							+ " (richtig wäre 62). Wahrscheinlich ist eine Stelle falsch gelesen oder vertauscht.")
				.with("DE89 3704 0044 0532 0130 01", "89", "62"));
	}

	@Test
	void wrongLengthCountsTheWholeIban() {
		assertThat(check("DE8937040044053201300")).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(IbanRule.FORMAT);
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.field()).isEqualTo("sellerIban");
			assertThat(finding.message()).isEqualTo("Die IBAN DE8937040044053201300 hat nicht das richtige Format:"
					+ " Eine IBAN aus DE hat 22 Stellen, diese hat 21.");
		});
	}

	@Test
	void letterOWhereADigitBelongsIsNamed() {
		assertThat(check("DE89 3704 0044 0532 O130 00")).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(IbanRule.FORMAT);
			assertThat(finding.message()).contains("unzulässiges Zeichen »O« in der Kontonummer",
					"dort sind nur Ziffern erlaubt");
		});
	}

	@Test
	void unknownCountryCode() {
		assertThat(check("XX89370400440532013000")).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(IbanRule.FORMAT);
			assertThat(finding.message()).endsWith("beginnt nicht mit einem gültigen Länderkennzeichen (z. B. DE).");
		});
	}

	@Test
	void countryWithoutIbans() {
		assertThat(check("US64SVBKUS6S3300958879")).singleElement()
			.isEqualTo(new Finding(IbanRule.COUNTRY, Severity.ERROR, "sellerIban",
					"Die IBAN US64SVBKUS6S3300958879 beginnt mit US; dieses Land vergibt keine IBAN.")
				.with("US64SVBKUS6S3300958879", "US"));
	}

	@Test
	void checkDigitsMustBeDigits() {
		assertThat(check("DE8A370400440532013000")).singleElement().satisfies(finding -> assertThat(finding.message())
			.endsWith("Die 3. und 4. Stelle müssen die zweistellige Prüfziffer sein."));
	}
}
