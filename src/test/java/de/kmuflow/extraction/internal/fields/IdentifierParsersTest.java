package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.kmuflow.extraction.internal.fields.BankAccountParser.Iban;
import de.kmuflow.extraction.internal.fields.TaxNumberParser.TaxNumber;
import de.kmuflow.extraction.internal.fields.VatIdParser.VatId;

/** IBANs, BICs, VAT IDs, tax numbers, references and percentages as printed and as OCR misreads them. */
class IdentifierParsersTest {

	private final BankAccountParser accounts = new BankAccountParser();
	private final VatIdParser vatIds = new VatIdParser();
	private final TaxNumberParser taxNumbers = new TaxNumberParser();
	private final ReferenceParser references = new ReferenceParser();

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"IBAN: DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX;DE89370400440532013000",
			"IBAN DE89370400440532013000;DE89370400440532013000",
			"AT61 1904 3002 3457 3201;AT611904300234573201",
			"GB29 NWBK 6016 1331 9268 19;GB29NWBK60161331926819" })
	void findsIbansPrintedInGroupsOrInOnePiece(String printed, String iban) {
		assertThat(accounts.findIbans(TestWords.line(printed))).singleElement()
			.satisfies(f -> assertThat(f.value()).isEqualTo(new Iban(iban, false)));
	}

	@Test
	void repairsOcrLettersInAnIbanAndRejectsWrongCheckDigits() {
		assertThat(accounts.findIbans(TestWords.line("IBAN DE89 37O4 0044 0532 0l30 00"))).singleElement()
			.satisfies(f -> assertThat(f.value()).isEqualTo(new Iban("DE89370400440532013000", true)));
		assertThat(accounts.findIbans(TestWords.line("IBAN DE95S 1009 0044 5533 8710 02, BIC"))).singleElement()
			.satisfies(f -> assertThat(f.value()).isEqualTo(new Iban("DE95100900445533871002", true)));
		assertThat(accounts.findIbans(TestWords.line("IBAN DE88 3704 0044 0532 0130 00"))).isEmpty();
		assertThat(accounts.findIbans(TestWords.line("DE89 3704 0044 0532 0130 0012"))).isEmpty();
	}

	@Test
	void findsBics() {
		assertThat(accounts.findBics(TestWords.line("BIC: COBADEFFXXX"))).extracting(Found::value).containsExactly("COBADEFFXXX");
		assertThat(accounts.findBics(TestWords.line("BIC GENO DEM1 GLS"))).extracting(Found::value).containsExactly("GENODEM1GLS");
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"USt-IdNr.: DE123456788;DE123456788;true", "DE 123 456 788;DE123456788;true", "DE123.456.788;DE123456788;true",
			"DE123456789;DE123456789;false", "UID: ATU12345678;ATU12345678;true", "BTW NL123456789B01;NL123456789B01;true",
			"TVA FR40303265045;FR40303265045;true", "DE12345678B;DE123456788;true" })
	void findsVatIdsByCountryPattern(String printed, String vatId, boolean checked) {
		assertThat(vatIds.find(TestWords.line(printed))).singleElement()
			.satisfies(f -> assertThat(f.value()).isEqualTo(new VatId(vatId, checked)));
	}

	@Test
	void seesNoVatIdInAnIban() {
		assertThat(vatIds.find(TestWords.line("DE89 3704 0044 0532 0130 00"))).isEmpty();
	}

	@Test
	void findsTaxNumbers() {
		assertThat(taxNumbers.find(TestWords.line("Steuernummer: 215/5714/1234"))).extracting(Found::value)
			.containsExactly(new TaxNumber("215/5714/1234", true));
		assertThat(taxNumbers.find(TestWords.line("St.-Nr. 12 / 345 / 67890"))).extracting(Found::value)
			.containsExactly(new TaxNumber("12/345/67890", true));
		assertThat(taxNumbers.find(TestWords.line("StNr 2893081508152"))).extracting(Found::value)
			.containsExactly(new TaxNumber("2893081508152", false));
		assertThat(taxNumbers.find(TestWords.line("Steuernummer 06469/38117"))).extracting(Found::value)
			.containsExactly(new TaxNumber("06469/38117", false));
		assertThat(taxNumbers.find(TestWords.line("am 15/03/2026"))).isEmpty();
	}

	@Test
	void findsReferencesButNoDatesOrAmounts() {
		assertThat(references.find(TestWords.line("Nr. RE-2026-0042 vom 15.03.2026 über 1.190,00 € #4711 (A17)")))
			.extracting(Found::value)
			.containsExactly("RE-2026-0042", "4711", "A17");
		assertThat(references.find(TestWords.line("RE-2026- 0042"))).extracting(Found::value).contains("RE-2026-0042");
	}

	@Test
	void findsPercentages() {
		assertThat(new PercentParser().find(TestWords.line("19 % MwSt, 7,00% ermäßigt, 2.5 % Skonto")))
			.extracting(Found::value)
			.containsExactly(new BigDecimal("19"), new BigDecimal("7"), new BigDecimal("2.5"));
	}
}
