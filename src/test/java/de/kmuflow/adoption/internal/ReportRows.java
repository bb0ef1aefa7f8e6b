package de.kmuflow.adoption.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading a time-saved report of the API in the tests: seconds per row key, in the report's order. */
final class ReportRows {

	private ReportRows() {
	}

	static Map<String, Long> seconds(JsonNode report) {
		Map<String, Long> seconds = new LinkedHashMap<>();
		report.path("rows").forEach(row -> seconds.put(row.path("key").asText(), row.path("savedSeconds").asLong()));
		return seconds;
	}

	/** Keys and seconds in the order given: {@code ordered("a", 60L, "b", 0L)}. */
	static Map<String, Long> ordered(Object... keysAndValues) {
		Map<String, Long> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], (Long) keysAndValues[i + 1]);
		}
		return map;
	}
}
