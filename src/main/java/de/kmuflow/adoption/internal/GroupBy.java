package de.kmuflow.adoption.internal;

import java.util.Locale;

/** How the time saved is summed up. */
enum GroupBy {
	MONTH, PROCESS, ACTIVITY, TREND;

	static GroupBy parse(String value) {
		if (value == null || value.isBlank()) {
			return MONTH;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(
					"groupBy muss month, process, activity oder trend sein, nicht '" + value + "'");
		}
	}
}
