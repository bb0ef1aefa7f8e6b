package de.kmuflow.invoice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.Severity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VatIdRuleTest {

	private final VatIdRule rule = new VatIdRule();

	private List<Finding> check(String vatId) {
		return rule.check(Invoices.complete().set(InvoiceField.SELLER_VAT_ID, vatId).build());
	}

	@ParameterizedTest
	@ValueSource(strings = { "DE136695976", "DE 136 695 976", "de136695976", "ATU12345678", "ATU 1234 5678",
			"BE0123456789", "BE 1234.567.890", "FR40303265045", "FRXX123456789", "NL123456789B01", "NL8200.98.395.B.01",
			"IT12345678901", "ESA12345674", "ES12345678Z", "ESX1234567L", "PL1234567890", "CHE-123.456.789 MWST",
			"CHE123456789", "CHE-123.456.789 TVA", "GB123456789", "GB123456789012", "GBGD001", "XI123456789",
			"NO987654321MVA", "SE123456789001", "IE1234567T", "IE1234567TW", "IE1A23456T", "DK12345678", "EL123456789",
			"CZ12345678", "RO1234567890", "LT123456789012", "HR46830600751", "CY12345678L" })
	void validLayoutsPass(String vatId) {
		assertThat(check(vatId)).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = " ")
	void anAbsentVatIdIsNotThisRulesBusiness(String vatId) {
		assertThat(check(vatId)).isEmpty();
	}

	@Test
	void germanIdWithEightDigits() {
		assertThat(check("DE12345678")).containsExactly(new Finding(VatIdRule.FORMAT, Severity.ERROR, "sellerVatId",
				"Die USt-IdNr. DE12345678 hat nicht das deutsche Format DE + 9 Ziffern.").with("DE12345678", "DE"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"DE12345ABC        | deutsche Format DE + 9 Ziffern",
			"ATU123456789      | österreichische Format ATU + 8 Ziffern",
			"AT12345678        | österreichische Format ATU + 8 Ziffern",
			"BE2123456789      | belgische Format BE + 10 Ziffern, die erste 0 oder 1",
			"FR1234567890      | französische Format FR + 2 Zeichen (Ziffern oder Buchstaben) + 9 Ziffern",
			"NL123456789       | niederländische Format NL + 9 Ziffern + B + 2 Ziffern",
			"IT1234567890      | italienische Format IT + 11 Ziffern",
			"ES123456789       | spanische Format ES + 9 Zeichen",
			"PL123456789       | polnische Format PL + 10 Ziffern",
			"CHE-123.456.78 MWST | schweizerische Format CHE + 9 Ziffern",
			"GB12345678        | britische Format GB + 9 oder 12 Ziffern",
			"SE123456789012    | schwedische Format SE + 12 Ziffern, endend auf 01" })
	void wrongLayoutsNameTheCountrysFormat(String vatId, String expected) {
		assertThat(check(vatId)).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(VatIdRule.FORMAT);
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.field()).isEqualTo("sellerVatId");
			assertThat(finding.message()).startsWith("Die USt-IdNr. " + vatId + " hat nicht das " + expected);
		});
	}

	@Test
	void idWithoutCountryPrefixMayBeTheTaxNumber() {
		assertThat(check("123/456/78901")).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(VatIdRule.COUNTRY);
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.message()).contains("Länderkennzeichen", "Steuernummer");
		});
	}

	@Test
	void greeceUsesEl() {
		assertThat(check("GR123456789")).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(VatIdRule.COUNTRY);
			assertThat(finding.message()).isEqualTo(
					"Die USt-IdNr. GR123456789 beginnt mit GR; griechische USt-IdNr. beginnen mit EL.");
		});
	}

	@Test
	void unknownCountryIsAWarning() {
		assertThat(check("JP1234567890123")).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(VatIdRule.COUNTRY);
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.message()).contains("Länderkennzeichen JP");
		});
	}

	@Test
	void germanCheckDigitIsVerified() {
		assertThat(check("DE123456789")).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(VatIdRule.CHECK_DIGIT);
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.message()).startsWith("Die Prüfziffer (letzte Stelle) der USt-IdNr. DE123456789 stimmt nicht")
				.contains("Bundeszentralamt für Steuern");
		});
		assertThat(VatIdRule.germanCheckDigitHolds("136695976")).isTrue();
		assertThat(VatIdRule.germanCheckDigitHolds("811128135")).isTrue();
		assertThat(VatIdRule.germanCheckDigitHolds("136695977")).isFalse();
	}
}
