package de.kmuflow.extraction.internal.fields;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds percentages in a line ("19 %", "7,00%", "2.5 %"), e.g. tax rates and Skonto. */
final class PercentParser {

	private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:[.,]\\d{1,3})?) ?(%|v\\. ?H\\.|Prozent|percent)");

	List<Found<BigDecimal>> find(Line line) {
		List<Found<BigDecimal>> found = new ArrayList<>();
		Matcher matcher = PERCENT.matcher(line.digitText());
		while (matcher.find()) {
			BigDecimal value = new BigDecimal(matcher.group(1).replace(',', '.')).stripTrailingZeros();
			if (value.compareTo(BigDecimal.valueOf(100)) <= 0) {
				if (value.scale() < 0) {
					value = value.setScale(0);
				}
				found.add(new Found<>(value, line, line.wordAt(matcher.start()), line.wordEndingAt(matcher.end())));
			}
		}
		return found;
	}
}
