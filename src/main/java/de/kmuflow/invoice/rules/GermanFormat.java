package de.kmuflow.invoice.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Amounts, rates and dates written the way a German clerk reads them: 1.234,56 €, 19 %, 05.02.2026. */
final class GermanFormat {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private GermanFormat() {
	}

	static String amount(BigDecimal value, String currency) {
		return de.kmuflow.platform.GermanFormat.money(value, currency);
	}

	static String rate(BigDecimal rate) {
		if (rate == null) {
			return "?";
		}
		return rate.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
	}

	static String date(LocalDate date) {
		return date.format(DATE);
	}
}
