package de.kmuflow.adoption.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

/**
 * Figures as a German reader expects them: durations in a unit that fits (minutes below an hour,
 * so 3 minutes never show as "0,1 h") and counts with the right singular or plural. A bean so the
 * pages call it too ({@code ${@germanText.duration(seconds)}}).
 */
@Component("germanText")
public class GermanText {

	/**
	 * "–" without a value, "42 s" below a minute, "12 min" or "5,5 min" below an hour, else hours
	 * with one decimal ("5,2 h").
	 */
	public String duration(Long seconds) {
		return durationOf(seconds);
	}

	/** The exact minutes behind a rounded duration, for a figure's title: "269 min", "268,5 min". */
	public String minutes(Long seconds) {
		return minutesOf(seconds);
	}

	/** "1 Maßnahme", "2 Maßnahmen", "0 Maßnahmen". */
	public String count(long count, String singular, String plural) {
		return countOf(count, singular, plural);
	}

	static String durationOf(Long seconds) {
		if (seconds == null) {
			return "–";
		}
		if (seconds < 60) {
			return seconds + " s";
		}
		if (seconds < 3600) {
			return decimal(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
				.stripTrailingZeros()) + " min";
		}
		return decimal(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP)) + " h";
	}

	static String minutesOf(Long seconds) {
		if (seconds == null) {
			return "–";
		}
		return decimal(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
			.stripTrailingZeros()) + " min";
	}

	static String countOf(long count, String singular, String plural) {
		return count + " " + (count == 1 ? singular : plural);
	}

	static String decimal(BigDecimal value) {
		return value == null ? "–" : value.toPlainString().replace('.', ',');
	}
}
