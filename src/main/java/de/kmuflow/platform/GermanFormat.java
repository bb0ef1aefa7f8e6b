package de.kmuflow.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Numbers and dates as a German bookkeeper writes and reads them ({@code 1.946,25 €},
 * {@code 18.03.2026}), for texts that always speak German (task forms, mails), and reading back
 * what a person typed in that form.
 */
public final class GermanFormat {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

	private GermanFormat() {
	}

	/** {@code 1.946,25 €}; another currency keeps its code ({@code 12,00 USD}); null stays null. */
	public static String money(BigDecimal amount, String currency) {
		return amount == null ? null : decimal(amount, Locale.GERMANY) + " " + currencySign(currency);
	}

	/** {@code 1.946,25} (two places, grouped): what an amount field of a form shows. */
	public static String amount(BigDecimal amount) {
		return amount == null ? null : decimal(amount, Locale.GERMANY);
	}

	/** A quantity without needless zeros: {@code 12}, {@code 2,5}, {@code 1.200}. */
	public static String quantity(BigDecimal quantity) {
		return quantity == null ? null : quantity(quantity, Locale.GERMANY);
	}

	public static String date(LocalDate date) {
		return date == null ? null : date.format(DATE);
	}

	/** Two places, grouped, with the locale's separators. */
	public static String decimal(BigDecimal amount, Locale locale) {
		// DecimalFormat is not thread-safe, so each call gets its own
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(amount);
	}

	public static String quantity(BigDecimal quantity, Locale locale) {
		DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(quantity);
	}

	/** € for euros (and when no currency was read), else the currency's code. */
	public static String currencySign(String currency) {
		return currency == null || currency.isBlank() || "EUR".equalsIgnoreCase(currency) ? "€" : currency;
	}

	/**
	 * Reads an amount as people type it: {@code 1.234,56}, {@code 1234,56}, {@code 1 234,56 €} and
	 * also {@code 1234.56}. A single dot followed by exactly three digits is a thousands separator
	 * ({@code 1.234} is one thousand two hundred thirty-four). Blank is null.
	 *
	 * @throws IllegalArgumentException with a German message naming the expected form
	 */
	public static BigDecimal parseAmount(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String cleaned = text.strip().replaceAll("[\\s\\u00a0\\u202f€]", "").replaceAll("(?i)EUR", "");
		if (cleaned.contains(",")) {
			cleaned = cleaned.replace(".", "").replace(',', '.');
		}
		else if (cleaned.matches("-?\\d{1,3}(\\.\\d{3})+")) {
			cleaned = cleaned.replace(".", "");
		}
		try {
			return new BigDecimal(cleaned);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("Betrag nicht lesbar: " + text + " (z. B. 1.234,56)");
		}
	}

	/**
	 * Reads a date typed the German way ({@code 18.03.2026}, also {@code 18.3.26}) or sent as ISO
	 * by a date picker ({@code 2026-03-18}, possibly with a time). Blank is null.
	 *
	 * @throws IllegalArgumentException with a German message naming the expected form
	 */
	public static LocalDate parseDate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		try {
			if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
				return LocalDate.parse(value.substring(0, 10));
			}
			String[] parts = value.split("\\.");
			if (parts.length == 3) {
				int year = Integer.parseInt(parts[2].strip());
				return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(parts[1].strip()),
						Integer.parseInt(parts[0].strip()));
			}
		}
		catch (RuntimeException e) {
			// falls through to the message below
		}
		throw new IllegalArgumentException("Datum nicht lesbar: " + text + " (bitte TT.MM.JJJJ, z. B. 18.03.2026)");
	}
}
