package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds VAT identification numbers by their country's pattern (DE + 9 digits, ATU + 8 digits,
 * ...), also when printed with spaces or dots ("DE 123 456 789"). German numbers carry a check
 * digit (ISO 7064 MOD 11,10); whether it holds is reported, not required, since a misread digit
 * is still worth showing to the clerk.
 */
final class VatIdParser {

	/** The part after the country prefix, per country. */
	private static final Map<String, Pattern> NATIONAL = Map.ofEntries(
			Map.entry("DE", Pattern.compile("\\d{9}")),
			Map.entry("AT", Pattern.compile("U\\d{8}")),
			Map.entry("BE", Pattern.compile("[01]?\\d{9}")),
			Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
			Map.entry("FR", Pattern.compile("[0-9A-HJ-NP-Z]{2}\\d{9}")),
			Map.entry("IT", Pattern.compile("\\d{11}")),
			Map.entry("ES", Pattern.compile("[0-9A-Z]\\d{7}[0-9A-Z]")),
			Map.entry("LU", Pattern.compile("\\d{8}")),
			Map.entry("PL", Pattern.compile("\\d{10}")),
			Map.entry("CZ", Pattern.compile("\\d{8,10}")),
			Map.entry("DK", Pattern.compile("\\d{8}")),
			Map.entry("SE", Pattern.compile("\\d{12}")),
			Map.entry("FI", Pattern.compile("\\d{8}")),
			Map.entry("IE", Pattern.compile("\\d{7}[A-W][A-I]?|\\d[A-Z+*]\\d{5}[A-W]")),
			Map.entry("PT", Pattern.compile("\\d{9}")),
			Map.entry("SK", Pattern.compile("\\d{10}")),
			Map.entry("SI", Pattern.compile("\\d{8}")),
			Map.entry("HU", Pattern.compile("\\d{8}")),
			Map.entry("HR", Pattern.compile("\\d{11}")),
			Map.entry("RO", Pattern.compile("\\d{2,10}")),
			Map.entry("BG", Pattern.compile("\\d{9,10}")),
			Map.entry("EE", Pattern.compile("\\d{9}")),
			Map.entry("LV", Pattern.compile("\\d{11}")),
			Map.entry("LT", Pattern.compile("\\d{9}|\\d{12}")),
			Map.entry("EL", Pattern.compile("\\d{9}")),
			Map.entry("CY", Pattern.compile("\\d{8}[A-Z]")),
			Map.entry("MT", Pattern.compile("\\d{8}")),
			Map.entry("GB", Pattern.compile("\\d{9}|\\d{12}")),
			Map.entry("XI", Pattern.compile("\\d{9}|\\d{12}")),
			Map.entry("CHE", Pattern.compile("\\d{9}")));

	private static final Pattern OFF_PATTERN = Pattern.compile("\\d{8,12}(?![\\p{L}\\d])");

	private static final Pattern PREFIX = Pattern
		.compile("(?<![A-Z0-9])(CHE|DE|AT|BE|NL|FR|IT|ES|LU|PL|CZ|DK|SE|FI|IE|PT|SK|SI|HU|HR|RO|BG|EE|LV|LT|EL|CY|MT|GB|XI)(?=[ .\\-]?[0-9UOIS])");

	/** A VAT ID in compact form ("DE123456789") and whether its check digit holds, where one exists. */
	record VatId(String value, boolean checked) {

		String country() {
			return value.startsWith("CHE") ? "CH" : value.substring(0, 2);
		}
	}

	List<Found<VatId>> find(Line line) {
		List<Found<VatId>> found = new ArrayList<>();
		String raw = TextFolding.upper(line.text());
		Matcher matcher = PREFIX.matcher(raw);
		while (matcher.find()) {
			String country = matcher.group(1);
			Pattern national = NATIONAL.get(country);
			// collect groups of characters after the prefix; the longest run that fits the pattern
			// wins, as printed or else with OCR look-alikes read as digits
			StringBuilder printed = new StringBuilder();
			StringBuilder repaired = new StringBuilder();
			String best = null;
			int bestEnd = -1;
			int i = matcher.end();
			while (i < raw.length() && printed.length() <= 14) {
				char c = raw.charAt(i);
				if (c == ' ' || c == '.' || c == '-') {
					i++;
					continue;
				}
				if (!Character.isLetterOrDigit(c)) {
					break;
				}
				printed.append(c);
				repaired.append(OcrDigits.digitFor(line.text().charAt(i)));
				i++;
				boolean groupEnds = i == raw.length() || !Character.isLetterOrDigit(raw.charAt(i));
				if (groupEnds && national.matcher(printed).matches()) {
					best = printed.toString();
					bestEnd = i;
				}
				else if (groupEnds && national.matcher(repaired).matches()) {
					best = repaired.toString();
					bestEnd = i;
				}
			}
			if (best != null) {
				String value = country + best;
				found.add(new Found<>(new VatId(value, checkDigitHolds(value)), line, line.wordAt(matcher.start()),
						line.wordEndingAt(bestEnd)));
			}
			else {
				offPattern(raw, matcher).ifPresent(end -> found.add(new Found<>(
						new VatId(raw.substring(matcher.start(), end), false), line, line.wordAt(matcher.start()),
						line.wordEndingAt(end))));
			}
		}
		return found;
	}

	/**
	 * "DE09687654321": printed as one token, prefix and eight to twelve digits, but a digit too many
	 * or too few for its country. Shown as printed (never checked), so the clerk sees the error.
	 */
	private static Optional<Integer> offPattern(String raw, Matcher prefix) {
		Matcher compact = OFF_PATTERN.matcher(raw);
		compact.region(prefix.end(), raw.length());
		return compact.lookingAt() ? Optional.of(compact.end()) : Optional.empty();
	}

	/** Only German numbers are checked here; others count as holding. */
	static boolean checkDigitHolds(String vatId) {
		if (!vatId.startsWith("DE") || vatId.length() != 11) {
			return true;
		}
		int product = 10;
		for (int i = 2; i < 10; i++) {
			int sum = (vatId.charAt(i) - '0' + product) % 10;
			if (sum == 0) {
				sum = 10;
			}
			product = 2 * sum % 11;
		}
		int check = 11 - product;
		if (check == 10) {
			check = 0;
		}
		return check == vatId.charAt(10) - '0';
	}
}
