package de.kmuflow.extraction.internal.fields;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts in a line: German "1.471,60" and English "1,471.60", with or without thousands
 * separators (also a space or an apostrophe), a currency before or after ("€", "EUR", "$", ...),
 * a minus before or a trailing "-" as accountants print credits. A separator followed by exactly
 * two digits is always the decimal point, whatever the style, which also survives OCR reading
 * "1.471,60" as "1.471.60".
 */
final class AmountParser {

	// a digit group run; a space only as a thousands separator of an amount with decimals, or
	// after the decimal separator where OCR put one ("103, 82")
	private static final Pattern NUMBER = Pattern.compile(
			"(?:(?<![\\p{L}\\d.,/:'_])|(?<=EUR|USD|CHF|GBP))(\\d{1,3}(?: \\d{3})+[.,]\\d{1,2}(?!\\d)|\\d+(?:[.,']\\d+)*(?:[.,] \\d{2}(?!\\d))?)(?![\\d]|[.,:/']\\d)");

	private final NumberStyle style;

	AmountParser(NumberStyle style) {
		this.style = style;
	}

	/** All amounts of a line, percentages excluded. */
	List<Found<Amount>> find(Line line) {
		List<Found<Amount>> found = new ArrayList<>();
		String text = line.digitText();
		Matcher matcher = NUMBER.matcher(text);
		while (matcher.find()) {
			int start = matcher.start(1);
			int end = matcher.end(1);
			Optional<BigDecimal> number = parseNumber(matcher.group(1));
			if (number.isEmpty() || isPercent(text, end) || isGluedToLetters(text, start, end)
					|| isPartOfIdentifier(text, start)) {
				continue;
			}
			// "150,-" is German for 150,00
			boolean wholeDash = number.get().scale() == 0 && isWholeAmountDash(text, end);
			int numberEnd = wholeDash ? end + 2 : end;
			Currency before = currencyBefore(text, start);
			Currency after = currencyAfter(text, numberEnd);
			String currency = before != null ? before.code : after != null ? after.code : null;
			int first = line.wordAt(before != null ? before.start : start);
			int last = line.wordEndingAt(after != null ? after.end : numberEnd);
			boolean negative = minusBefore(text, start) || before != null && minusBefore(text, before.start)
					|| !wholeDash && minusAfter(text, end) || after != null && minusAfter(text, after.end);
			BigDecimal value = negative ? number.get().negate() : number.get();
			int decimals = number.get().scale();
			if (wholeDash) {
				decimals = 2;
				value = value.setScale(2);
			}
			found.add(new Found<>(new Amount(value, currency, decimals), line, first, last));
		}
		return found;
	}

	/** A whole text that is one amount, e.g. "1.471,60 €" or "-12.50". */
	Optional<Amount> parse(String text) {
		Line line = new Line(1, 0, 0, 0, List.of(new de.kmuflow.extraction.internal.text.Word(text.trim(), 0, 0, 1, 1, 1)));
		List<Found<Amount>> found = find(line);
		return found.size() == 1 ? Optional.of(found.get(0).value()) : Optional.empty();
	}

	/**
	 * The value of a printed number without sign or currency: "1.471,60", "1,471.60", "1 471,60",
	 * "1471.6", "1.234" (a thousand in German style, one and a bit in English style).
	 */
	Optional<BigDecimal> parseNumber(String printed) {
		String number = printed.replace(" ", "").replace("'", "");
		int lastDot = number.lastIndexOf('.');
		int lastComma = number.lastIndexOf(',');
		int last = Math.max(lastDot, lastComma);
		if (last < 0) {
			return Optional.of(new BigDecimal(number));
		}
		char separator = number.charAt(last);
		int digitsAfter = number.length() - last - 1;
		boolean bothKinds = lastDot >= 0 && lastComma >= 0;
		boolean single = number.indexOf(separator) == last;
		boolean decimal;
		if (bothKinds || digitsAfter != 3) {
			decimal = true;
		}
		else if (!single) {
			decimal = false;
		}
		else {
			decimal = number.startsWith("0" + separator) || separator == style.decimalSeparator();
		}
		String integerPart = decimal ? number.substring(0, last) : number;
		String fraction = decimal ? number.substring(last + 1) : "";
		if (!validGroups(integerPart, decimal && bothKinds)) {
			return Optional.empty();
		}
		String digits = integerPart.replace(".", "").replace(",", "");
		return Optional.of(new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction));
	}

	/** Thousands groups have three digits; a decimal part has one to four. */
	private static boolean validGroups(String integerPart, boolean mixed) {
		String[] groups = integerPart.split("[.,]", -1);
		if (groups.length == 1) {
			return !groups[0].isEmpty();
		}
		if (groups[0].isEmpty() || groups[0].length() > 3) {
			return false;
		}
		for (int i = 1; i < groups.length; i++) {
			if (groups[i].length() != 3) {
				return false;
			}
		}
		// "1.234.567,89" uses one thousands separator throughout
		return !mixed || integerPart.replaceAll("[^.,]", "").chars().distinct().count() == 1;
	}

	private static boolean isWholeAmountDash(String text, int end) {
		return end + 1 < text.length() && (text.charAt(end) == ',' || text.charAt(end) == '.')
				&& (text.charAt(end + 1) == '-' || text.charAt(end + 1) == '\u2013')
				&& (end + 2 == text.length() || !Character.isDigit(text.charAt(end + 2)));
	}

	private static boolean isPercent(String text, int end) {
		int i = skipSpaces(text, end);
		return i < text.length() && text.charAt(i) == '%';
	}

	/** "12abc" is part of an identifier, "12,00EUR" and "3x" are not. */
	private static boolean isGluedToLetters(String text, int start, int end) {
		int letters = 0;
		for (int i = end; i < text.length() && Character.isLetter(text.charAt(i)); i++) {
			letters++;
		}
		if (letters >= 2) {
			String glued = text.substring(end, end + letters);
			return !(isCurrencyCode(glued) || glued.equalsIgnoreCase("EURO"));
		}
		return false;
	}

	/** "RE-2026" or "A_17": the digits belong to a reference, not to an amount. */
	private static boolean isPartOfIdentifier(String text, int start) {
		return start >= 2 && isMinus(text.charAt(start - 1)) && Character.isLetterOrDigit(text.charAt(start - 2));
	}

	private static boolean minusBefore(String text, int start) {
		int i = start - 1;
		if (i >= 0 && text.charAt(i) == ' ') {
			i--;
		}
		if (i < 0 || !isMinus(text.charAt(i))) {
			return false;
		}
		return i == 0 || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == Line.CELL_BREAK
				|| text.charAt(i - 1) == '(' || text.charAt(i - 1) == ':';
	}

	private static boolean minusAfter(String text, int end) {
		if (end >= text.length() || !isMinus(text.charAt(end))) {
			return false;
		}
		return end + 1 == text.length() || text.charAt(end + 1) == ' ' || text.charAt(end + 1) == Line.CELL_BREAK;
	}

	private static boolean isMinus(char c) {
		return c == '-' || c == '\u2212' || c == '\u2013';
	}

	private static int skipSpaces(String text, int from) {
		int i = from;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return i;
	}

	private record Currency(String code, int start, int end) {
	}

	private static final String[][] CURRENCIES = { { "€", "EUR" }, { "EUR", "EUR" }, { "EURO", "EUR" },
			{ "Euro", "EUR" }, { "$", "USD" }, { "USD", "USD" }, { "£", "GBP" }, { "GBP", "GBP" },
			{ "CHF", "CHF" }, { "Fr.", "CHF" } };

	private static Currency currencyBefore(String text, int start) {
		int end = start;
		if (end > 0 && text.charAt(end - 1) == ' ') {
			end--;
		}
		if (end > 0 && isMinus(text.charAt(end - 1))) {
			// "€ -12,00"
			end--;
			if (end > 0 && text.charAt(end - 1) == ' ') {
				end--;
			}
		}
		for (String[] currency : CURRENCIES) {
			String symbol = currency[0];
			int from = end - symbol.length();
			if (from >= 0 && text.startsWith(symbol, from)
					&& (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
				return new Currency(currency[1], from, end);
			}
		}
		int from = end - 3;
		if (from >= 0 && isCurrencyCode(text.substring(from, end)) && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
			return new Currency(text.substring(from, end), from, end);
		}
		return null;
	}

	private static Currency currencyAfter(String text, int end) {
		int from = end;
		if (from < text.length() && isMinus(text.charAt(from))) {
			from++;
		}
		from = skipSpaces(text, from);
		for (String[] currency : CURRENCIES) {
			String symbol = currency[0];
			int to = from + symbol.length();
			if (text.startsWith(symbol, from) && (to == text.length() || !Character.isLetter(text.charAt(to)))) {
				return new Currency(currency[1], from, to);
			}
		}
		int to = from + 3;
		if (to <= text.length() && isCurrencyCode(text.substring(from, to))
				&& (to == text.length() || !Character.isLetter(text.charAt(to)))) {
			return new Currency(text.substring(from, to), from, to);
		}
		return null;
	}

	/** An ISO 4217 code in capitals: "DKK", "SEK", "PLN". */
	static boolean isCurrencyCode(String text) {
		return text.length() == 3 && text.chars().allMatch(c -> c >= 'A' && c <= 'Z') && CODES.contains(text);
	}

	private static final java.util.Set<String> CODES = java.util.Currency.getAvailableCurrencies()
		.stream()
		.map(java.util.Currency::getCurrencyCode)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());
}
