package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds tokens that can be a document reference: an invoice, order or customer number such as
 * "RE-2026-0042", "2026/118", "INV0042" or "#4711". A reference holds at least one digit and is
 * neither a date, nor an amount with decimals, nor a percentage, nor a phone number. A token
 * ending in "-" or "/" continues with the next word ("RE-2026-" "0042").
 */
final class ReferenceParser {

	private static final Pattern REFERENCE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9/\\-_.]*[\\p{L}0-9]|[0-9]");

	private static final Pattern MONEY = Pattern.compile("-?\\d{1,3}(?:[.,]\\d{3})*[.,]\\d{2}-?|\\d+[.,]\\d{2}");

	private final DateParser dates = new DateParser();

	List<Found<String>> find(Line line) {
		List<Found<String>> found = new ArrayList<>();
		for (int i = 0; i < line.size(); i++) {
			int last = i;
			String token = strip(line.word(i).text());
			while ((token.endsWith("-") || token.endsWith("/")) && last + 1 < line.size()
					&& line.cellOf(last + 1) == line.cellOf(i)) {
				last++;
				token = token + strip(line.word(last).text());
			}
			token = strip(token);
			if (isReference(token)) {
				found.add(new Found<>(token, line, i, last));
			}
		}
		return found;
	}

	boolean isReference(String token) {
		if (token.length() < 1 || token.length() > 35 || !REFERENCE.matcher(token).matches()) {
			return false;
		}
		if (token.chars().noneMatch(Character::isDigit)) {
			return false;
		}
		return !MONEY.matcher(token).matches() && dates.parse(token).isEmpty();
	}

	/** Drops what frames a token in print: "#4711", "(4711)", "4711," or "Nr.:4711". */
	static String strip(String word) {
		int from = 0;
		int to = word.length();
		while (from < to && "#(\"'„“:;,.".indexOf(word.charAt(from)) >= 0) {
			from++;
		}
		while (to > from && ")\"'“”:;,.".indexOf(word.charAt(to - 1)) >= 0) {
			to--;
		}
		return word.substring(from, to);
	}
}
