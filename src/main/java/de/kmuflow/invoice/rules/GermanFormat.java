package de.kmuflow.invoice.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts, rates and dates written the way a German clerk reads them: 1.234,56 EUR, 19 %, 05.02.2026. */
final class GermanFormat {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private GermanFormat() {
	}

	static String amount(BigDecimal value, String currency) {
		// DecimalFormat is not thread-safe, so each call gets its own
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.GERMANY));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value) + " " + (currency == null || currency.isBlank() ? "EUR" : currency);
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
