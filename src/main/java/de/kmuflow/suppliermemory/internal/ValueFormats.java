package de.kmuflow.suppliermemory.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ways a supplier may print a date, an amount or a reference, each named by a pattern that is
 * stored with what was learned: a date pattern of {@link DateTimeFormatter}, an amount style, and a
 * reference's shape (letters, digits and the characters between them).
 */
final class ValueFormats {

	/** Date patterns, the most usual first; German month names before English ones. */
	static final List<String> DATE_PATTERNS = List.of("dd.MM.yyyy", "d.M.yyyy", "dd.MM.yy", "yyyy-MM-dd", "dd/MM/yyyy",
			"MM/dd/yyyy", "dd-MM-yyyy", "yyyy/MM/dd", "yyyy.MM.dd", "dd.MM.yyyy.", "d. MMMM yyyy", "d. MMM yyyy",
			"dd. MMMM yyyy", "en:d MMMM yyyy", "en:MMMM d, yyyy", "en:d MMM yyyy", "en:MMM d, yyyy", "en:dd-MMM-yyyy",
			"en:dd-MMM-yy", "yyyyMMdd");

	/** Amount styles, named as a clerk would recognise them: decimal comma or decimal point. */
	enum AmountStyle {
		COMMA("1.234,56", ',', '.'), POINT("1,234.56", '.', ',');

		final String example;
		private final char decimal;
		private final char grouping;
		private final Pattern pattern;

		AmountStyle(String example, char decimal, char grouping) {
			this.example = example;
			this.decimal = decimal;
			this.grouping = grouping;
			String dec = Pattern.quote(String.valueOf(decimal));
			String groups = "[" + Pattern.quote(String.valueOf(grouping)) + "' ]";
			this.pattern = Pattern.compile("-?(?:\\d{1,3}(?:" + groups + "\\d{3})+|\\d+)" + dec + "\\d{2}");
		}

		static Optional<AmountStyle> byExample(String example) {
			return java.util.Arrays.stream(values()).filter(style -> style.example.equals(example)).findFirst();
		}

		/** Grouped and plain, as a supplier may print it. */
		List<String> prints(BigDecimal amount) {
			DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
			symbols.setDecimalSeparator(decimal);
			symbols.setGroupingSeparator(grouping);
			symbols.setMinusSign('-');
			DecimalFormat grouped = new DecimalFormat("#,##0.00", symbols);
			DecimalFormat plain = new DecimalFormat("0.00", symbols);
			grouped.setRoundingMode(RoundingMode.HALF_UP);
			plain.setRoundingMode(RoundingMode.HALF_UP);
			return List.of(grouped.format(amount), plain.format(amount));
		}

		Optional<BigDecimal> parse(String text) {
			String number = trimToNumber(text);
			if (!pattern.matcher(number).matches()) {
				return Optional.empty();
			}
			String digits = number.substring(0, number.length() - 3).replaceAll("[^0-9-]", "");
			return Optional.of(new BigDecimal(digits + "." + number.substring(number.length() - 2)));
		}
	}

	private ValueFormats() {
	}

	static DateTimeFormatter date(String pattern) {
		boolean english = pattern.startsWith("en:");
		return DateTimeFormatter.ofPattern(english ? pattern.substring(3) : pattern,
				english ? Locale.ENGLISH : Locale.GERMAN);
	}

	static String print(LocalDate date, String pattern) {
		return date(pattern).format(date);
	}

	static Optional<LocalDate> parseDate(String text, String pattern) {
		try {
			return Optional.of(LocalDate.parse(text.strip(), date(pattern)));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** Currency signs and codes around an amount are no part of it. */
	static String trimToNumber(String text) {
		return text.strip().replaceAll("^(EUR|€|CHF|USD|\\$)\\s*", "").replaceAll("\\s*(EUR|€|CHF|USD|\\$)$", "");
	}

	/** A reference's shape: runs of letters and of digits, the other characters as printed. */
	static String shape(String reference) {
		StringBuilder shape = new StringBuilder();
		char last = 0;
		for (char c : reference.toCharArray()) {
			char kind = Character.isLetter(c) ? 'A' : Character.isDigit(c) ? '9' : c;
			if (kind != last || kind != 'A' && kind != '9') {
				shape.append(kind);
			}
			last = kind;
		}
		return shape.toString();
	}

	static boolean hasShape(String text, String shape) {
		return shape(text).equals(shape);
	}
}
