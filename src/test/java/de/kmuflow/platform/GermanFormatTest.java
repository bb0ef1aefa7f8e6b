package de.kmuflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Amounts and dates written and read back the way a German bookkeeper does. */
class GermanFormatTest {

	@Test
	void writesAmountsQuantitiesAndDatesTheGermanWay() {
		assertThat(GermanFormat.money(new BigDecimal("1946.25"), "EUR")).isEqualTo("1.946,25 €");
		assertThat(GermanFormat.money(new BigDecimal("2.5"), null)).isEqualTo("2,50 €");
		assertThat(GermanFormat.money(new BigDecimal("-12"), "USD")).isEqualTo("-12,00 USD");
		assertThat(GermanFormat.amount(new BigDecimal("1234567.891"))).isEqualTo("1.234.567,89");
		assertThat(GermanFormat.quantity(new BigDecimal("1250.000"))).isEqualTo("1.250");
		assertThat(GermanFormat.quantity(new BigDecimal("2.50"))).isEqualTo("2,5");
		assertThat(GermanFormat.date(LocalDate.of(2026, 3, 18))).isEqualTo("18.03.2026");
		assertThat(GermanFormat.money(null, "EUR")).isNull();
	}

	@Test
	void readsWhatPeopleType() {
		assertThat(GermanFormat.parseAmount("1.946,25")).isEqualByComparingTo("1946.25");
		assertThat(GermanFormat.parseAmount(" 1 946,25 € ")).isEqualByComparingTo("1946.25");
		assertThat(GermanFormat.parseAmount("1946.25")).isEqualByComparingTo("1946.25");
		assertThat(GermanFormat.parseAmount("1.250")).isEqualByComparingTo("1250");
		assertThat(GermanFormat.parseAmount("-2,5")).isEqualByComparingTo("-2.5");
		assertThat(GermanFormat.parseAmount(" ")).isNull();
		assertThat(GermanFormat.parseDate("18.03.2026")).isEqualTo(LocalDate.of(2026, 3, 18));
		assertThat(GermanFormat.parseDate("8.3.26")).isEqualTo(LocalDate.of(2026, 3, 8));
		assertThat(GermanFormat.parseDate("2026-03-18T00:00:00")).isEqualTo(LocalDate.of(2026, 3, 18));
		assertThat(GermanFormat.parseDate("")).isNull();
	}

	@Test
	void whatCannotBeReadIsAGermanMessageNamingTheForm() {
		assertThatThrownBy(() -> GermanFormat.parseAmount("zehn")).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Betrag nicht lesbar: zehn (z. B. 1.234,56)");
		assertThatThrownBy(() -> GermanFormat.parseDate("31.02.2026")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("TT.MM.JJJJ");
	}
}
