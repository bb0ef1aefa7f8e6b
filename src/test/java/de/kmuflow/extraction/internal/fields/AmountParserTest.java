package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

	private final AmountParser german = new AmountParser(NumberStyle.GERMAN);
	private final AmountParser english = new AmountParser(NumberStyle.ENGLISH);

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"1.471,60;1471.60", "1471,60;1471.60", "1,471.60;1471.60", "1471.60;1471.60", "0,99;0.99",
			"1.234.567,89;1234567.89", "1 471,60;1471.60", "1'471.60;1471.60", "12,5;12.5", "3;3",
			// OCR took the decimal comma for a dot: two digits after the last separator are decimals
			"1.471.60;1471.60" })
	void readsNumbersInBothStyles(String printed, String expected) {
		assertThat(german.parseNumber(printed)).contains(new BigDecimal(expected));
	}

	@Test
	void readsOneSeparatorBeforeThreeDigitsByTheDocumentsStyle() {
		assertThat(german.parseNumber("1.234")).contains(new BigDecimal("1234"));
		assertThat(english.parseNumber("1,234")).contains(new BigDecimal("1234"));
		assertThat(german.parseNumber("0,125")).contains(new BigDecimal("0.125"));
		assertThat(english.parseNumber("1.234")).contains(new BigDecimal("1.234"));
	}

	@Test
	void rejectsBrokenDigitGroups() {
		assertThat(german.parseNumber("15.03.2026")).isEmpty();
		assertThat(german.parseNumber("1.23.45")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"1.471,60 €;1471.60;EUR", "€ 1.471,60;1471.60;EUR", "EUR 1.471,60;1471.60;EUR", "1.471,60 EUR;1471.60;EUR",
			"€1,950.00;1950.00;EUR", "-12,00 €;-12.00;EUR", "12,00-;-12.00;", "- 12,00;-12.00;", "€ -5,00;-5.00;EUR",
			"$ 99.95;99.95;USD", "CHF 1'250.00;1250.00;CHF", "12,00EUR;12.00;EUR", "150,- €;150.00;EUR",
			"DKK 1.125,00;1125.00;DKK" })
	void findsAmountsWithSignAndCurrency(String printed, String value, String currency) {
		List<Found<Amount>> found = german.find(TestWords.line(printed));

		assertThat(found).hasSize(1);
		assertThat(found.get(0).value().value()).isEqualByComparingTo(value);
		assertThat(found.get(0).value().currency()).isEqualTo(currency);
	}

	@Test
	void findsEachAmountOfALineWithItsWords() {
		Line line = new TestWords().at(50, 100, "zzgl. 19 % MwSt auf").right(400, 100, "1.000,00 €").right(540, 100, "190,00 €")
			.lines().get(0);

		List<Found<Amount>> found = german.find(line);

		assertThat(found).extracting(f -> f.value().value()).containsExactly(new BigDecimal("1000.00"), new BigDecimal("190.00"));
		assertThat(found.get(1).printed()).isEqualTo("190,00 €");
	}

	@Test
	void leavesPercentagesDatesAndReferencesAlone() {
		Line line = TestWords.line("19,00 % am 15.03.2026 zu RE-2026 um 12:30");

		assertThat(german.find(line)).extracting(f -> f.value().value()).doesNotContain(new BigDecimal("19.00"),
				new BigDecimal("15.03"), new BigDecimal("-2026"));
	}

	@Test
	void undoesOcrLettersInDigits() {
		assertThat(german.find(TestWords.line("Summe 1.47l,6O"))).singleElement()
			.extracting(f -> f.value().value())
			.isEqualTo(new BigDecimal("1471.60"));
		assertThat(german.find(TestWords.line("S0,00 €"))).singleElement()
			.extracting(f -> f.value().value())
			.isEqualTo(new BigDecimal("50.00"));
	}

	@Test
	void knowsWhatLooksLikeMoney() {
		assertThat(german.parse("12,00").get().looksLikeMoney()).isTrue();
		assertThat(german.parse("12 €").get().looksLikeMoney()).isTrue();
		assertThat(german.parse("12").get().looksLikeMoney()).isFalse();
		assertThat(german.parse("12,5").get().looksLikeMoney()).isFalse();
		assertThat(german.parse("1.190,-").get().looksLikeMoney()).isTrue();
	}

	@Test
	void detectsTheDocumentsStyle() {
		assertThat(NumberStyle.detect(List.of(TestWords.line("1,950.00 and 12.50")))).isEqualTo(NumberStyle.ENGLISH);
		assertThat(NumberStyle.detect(List.of(TestWords.line("1.950,00 und 12,50")))).isEqualTo(NumberStyle.GERMAN);
		assertThat(NumberStyle.detect(List.of(TestWords.line("nothing")))).isEqualTo(NumberStyle.GERMAN);
	}
}
