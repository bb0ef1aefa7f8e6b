package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.kmuflow.extraction.CashDiscount;

class CashDiscountReaderTest {

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"Zahlbar innerhalb von 10 Tagen mit 2 % Skonto, innerhalb von 30 Tagen netto.;2;10;",
			"Bei Zahlung bis 25.03.2026 gewähren wir 3 % Skonto.;3;;2026-03-25",
			"Skonto: 2,5 % bei Zahlung binnen 14 Tagen;2.5;14;",
			"Zahlbar bis 14.04.2026 ohne Abzug. Bei Zahlung innerhalb von 8 Tagen 2 % Skonto.;2;8;",
			"2% cash discount if paid within 10 days, net 30 days;2;10;" })
	void readsTheTermsOfTheSkontoClause(String printed, BigDecimal percent, Integer days, LocalDate date) {
		InvoiceText text = new TestWords().at(57, 500, printed).text();

		assertThat(new CashDiscountReader(text).read()).hasValueSatisfying(
				chosen -> assertThat(chosen.value()).isEqualTo(new CashDiscount(percent, days, date)));
	}

	@Test
	void findsNoSkontoWithoutAPercentage() {
		assertThat(new CashDiscountReader(new TestWords().at(57, 500, "Skonto wird nicht gewährt.").text()).read()).isEmpty();
	}
}
