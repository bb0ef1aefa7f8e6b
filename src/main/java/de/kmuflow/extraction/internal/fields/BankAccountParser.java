package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.CountryCode;
import org.iban4j.IbanUtil;
import org.iban4j.UnsupportedCountryException;

/**
 * Finds IBANs (printed in groups of four or in one piece) and BICs. An IBAN counts only when its
 * length fits its country and its check digits hold (iban4j); when they do not, the usual OCR
 * confusions are undone and it is checked once more.
 */
final class BankAccountParser {

	private static final Pattern IBAN_START = Pattern.compile("(?<![A-Z0-9])([A-Z]{2}) ?([0-9OIS]{2})(?= ?[A-Z0-9])");

	private static final Pattern BIC = Pattern.compile("(?<![A-Z0-9])([A-Z]{4}) ?([A-Z]{2}) ?([A-Z0-9]{2})( ?[A-Z0-9]{3})?(?![A-Z0-9])");

	/** IBAN in electronic form (no spaces) and whether OCR repair was needed. */
	record Iban(String value, boolean repaired) {
	}

	List<Found<Iban>> findIbans(Line line) {
		List<Found<Iban>> found = new ArrayList<>();
		String text = TextFolding.upper(line.text());
		Matcher matcher = IBAN_START.matcher(text);
		int searchFrom = 0;
		while (matcher.find(searchFrom)) {
			searchFrom = matcher.end();
			String country = matcher.group(1);
			CountryCode code = CountryCode.getByCode(country);
			if (code == null || !IbanUtil.isSupportedCountry(code)) {
				continue;
			}
			int length = IbanUtil.getIbanLength(code);
			StringBuilder iban = new StringBuilder(country).append(matcher.group(2));
			StringBuilder printed = new StringBuilder(line.text().substring(matcher.start(), matcher.start() + 2))
				.append(line.text(), matcher.start(2), matcher.end(2));
			int i = matcher.end();
			int lastChar = i;
			while (i < text.length() && iban.length() < length) {
				char c = text.charAt(i);
				if (Character.isLetterOrDigit(c)) {
					iban.append(c);
					printed.append(line.text().charAt(i));
					lastChar = i + 1;
				}
				else if (c != ' ' && c != '-' && c != '.') {
					break;
				}
				i++;
			}
			// a longer run of characters is some other number, not this IBAN
			boolean runsOn = lastChar < text.length() && Character.isLetterOrDigit(text.charAt(lastChar));
			Optional<Iban> checked = iban.length() != length || runsOn ? Optional.empty()
					: check(iban.toString(), printed.toString());
			if (checked.isEmpty() && NUMERIC_BBAN.contains(country)) {
				int[] end = new int[1];
				checked = digitsOnly(line.text(), matcher.start(2), length, end);
				lastChar = end[0];
			}
			if (checked.isPresent()) {
				found.add(new Found<>(checked.get(), line, line.wordAt(matcher.start()), line.wordEndingAt(lastChar)));
				searchFrom = lastChar;
			}
		}
		return found;
	}

	/** Countries whose IBAN holds digits only after the country code. */
	private static final java.util.Set<String> NUMERIC_BBAN = java.util.Set.of("DE", "AT", "BE", "DK", "FI", "PL", "CZ",
			"SK", "SE", "ES", "PT", "HU", "HR", "SI", "EE", "LT", "NO", "IS");

	/**
	 * For an all-digit IBAN, OCR's stray marks ("DE95S 1009 ...") are dropped or read as the digits
	 * they resemble; the checksum decides which reading, if any, is the IBAN.
	 */
	private static Optional<Iban> digitsOnly(String text, int from, int length, int[] end) {
		for (boolean dropLetters : new boolean[] { false, true }) {
			StringBuilder iban = new StringBuilder(TextFolding.upper(text.substring(from - 2, from)));
			int stray = 0;
			int i = from;
			while (i < text.length() && iban.length() < length && stray <= 2) {
				char printed = text.charAt(i);
				char c = dropLetters && Character.isLetter(printed) ? printed : OcrDigits.digitFor(printed);
				if (Character.isDigit(c)) {
					iban.append(c);
				}
				else if (Character.isLetter(c)) {
					stray++;
				}
				else if (c != ' ' && c != '-' && c != '.') {
					break;
				}
				i++;
			}
			boolean runsOn = i < text.length() && Character.isDigit(text.charAt(i));
			if (iban.length() == length && !runsOn && IbanUtil.isValid(iban.toString())) {
				end[0] = i;
				return Optional.of(new Iban(iban.toString(), true));
			}
		}
		return Optional.empty();
	}

	/** The IBAN as read (upper case) and as printed (for OCR repair, where "l" and "L" differ). */
	static Optional<Iban> check(String iban, String printed) {
		if (IbanUtil.isValid(iban)) {
			return Optional.of(new Iban(iban, false));
		}
		StringBuilder repaired = new StringBuilder(iban.substring(0, 2));
		for (int i = 2; i < iban.length(); i++) {
			char c = iban.charAt(i);
			repaired.append(i < 4 ? OcrDigits.digitFor(c) : c);
		}
		String digitsOnly = digitsBeyondCountry(printed);
		if (IbanUtil.isValid(repaired.toString())) {
			return Optional.of(new Iban(repaired.toString(), true));
		}
		if (IbanUtil.isValid(digitsOnly)) {
			return Optional.of(new Iban(digitsOnly, true));
		}
		return Optional.empty();
	}

	/** Most countries' IBANs (DE, AT, CH ...) hold digits only after the country code. */
	private static String digitsBeyondCountry(String iban) {
		StringBuilder digits = new StringBuilder(iban.substring(0, 2).toUpperCase());
		for (int i = 2; i < iban.length(); i++) {
			digits.append(OcrDigits.digitFor(iban.charAt(i)));
		}
		return digits.toString();
	}

	List<Found<String>> findBics(Line line) {
		List<Found<String>> found = new ArrayList<>();
		Matcher matcher = BIC.matcher(line.text());
		while (matcher.find()) {
			String bic = matcher.group().replace(" ", "");
			if (isBic(bic)) {
				found.add(new Found<>(bic, line, line.wordAt(matcher.start()), line.wordEndingAt(matcher.end())));
			}
		}
		return found;
	}

	static boolean isBic(String bic) {
		try {
			BicUtil.validate(bic);
			return true;
		}
		catch (BicFormatException | UnsupportedCountryException invalid) {
			return false;
		}
	}
}
