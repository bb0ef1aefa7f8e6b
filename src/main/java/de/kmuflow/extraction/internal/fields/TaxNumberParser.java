package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds German tax numbers (Steuernummer) as printed: "12/345/67890", "143/123/45678",
 * "06469/38117", "21 815 08150", or the 13-digit federal form "2181508150815". Only the form
 * with three slashed groups is distinctive enough to be taken without a label.
 */
final class TaxNumberParser {

	private static final Pattern SLASHED = Pattern.compile("(?<![\\d/.,])(\\d{2,3}) ?/ ?(\\d{3,4}) ?/ ?(\\d{4,5})(?![\\d/])");

	private static final Pattern PLAIN = Pattern
		.compile("(?<![\\d/.,])(\\d{2,5} ?/ ?\\d{4,5}|\\d{2,3} \\d{3,4} \\d{4,5}|\\d{10,13})(?![\\d/.,]\\d|\\d)");

	/** A tax number as printed and whether its form alone identifies it. */
	record TaxNumber(String value, boolean distinctive) {
	}

	List<Found<TaxNumber>> find(Line line) {
		List<Found<TaxNumber>> found = new ArrayList<>();
		String text = line.digitText();
		Matcher slashed = SLASHED.matcher(text);
		List<int[]> taken = new ArrayList<>();
		while (slashed.find()) {
			String value = slashed.group(1) + "/" + slashed.group(2) + "/" + slashed.group(3);
			taken.add(new int[] { slashed.start(), slashed.end() });
			found.add(new Found<>(new TaxNumber(value, true), line, line.wordAt(slashed.start()),
					line.wordEndingAt(slashed.end())));
		}
		Matcher plain = PLAIN.matcher(text);
		while (plain.find()) {
			int start = plain.start();
			if (taken.stream().noneMatch(span -> start < span[1] && plain.end() > span[0])) {
				found.add(new Found<>(new TaxNumber(plain.group(1).replace(" / ", "/"), false), line, line.wordAt(start),
						line.wordEndingAt(plain.end())));
			}
		}
		return found;
	}
}
