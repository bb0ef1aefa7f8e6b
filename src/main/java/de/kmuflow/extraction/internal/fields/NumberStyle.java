package de.kmuflow.extraction.internal.fields;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which separator a document uses for decimals. Needed only for numbers like "1.234" whose one
 * separator is followed by three digits; everything else reads the same in both styles.
 */
enum NumberStyle {
	/** 1.234,56 */
	GERMAN,
	/** 1,234.56 */
	ENGLISH;

	private static final Pattern TWO_DECIMALS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:([.,])\\d{3})*([.,])\\d{2}(?![\\d.,]*\\d)");

	/** The style most numbers with two decimals on these lines agree on; German when none do. */
	static NumberStyle detect(List<Line> lines) {
		int german = 0;
		int english = 0;
		for (Line line : lines) {
			Matcher matcher = TWO_DECIMALS.matcher(line.digitText());
			while (matcher.find()) {
				String decimal = matcher.group(2);
				String thousands = matcher.group(1);
				if (thousands != null && thousands.equals(decimal)) {
					continue;
				}
				if (decimal.equals(",")) {
					german++;
				}
				else {
					english++;
				}
			}
		}
		return english > german ? ENGLISH : GERMAN;
	}

	char decimalSeparator() {
		return this == GERMAN ? ',' : '.';
	}
}
