package de.kmuflow.adoption.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * What one finished step saved. An automated step saves all the manual work its model names; a
 * user task saves that baseline minus the time a person spent on it, measured from the claim
 * (or, unclaimed, from the task's creation) to its completion, and never less than nothing.
 */
record Saving(long baselineSeconds, Long handlingSeconds, long savedSeconds) {

	static Saving automated(BigDecimal manualMinutes) {
		long baseline = seconds(manualMinutes);
		return new Saving(baseline, null, baseline);
	}

	static Saving userTask(BigDecimal manualMinutes, Instant created, Instant claimed, Instant completed) {
		long baseline = seconds(manualMinutes);
		Instant from = claimed != null && claimed.isAfter(created) && !claimed.isAfter(completed) ? claimed : created;
		long handling = Math.max(0, Duration.between(from, completed).toSeconds());
		return new Saving(baseline, handling, Math.max(0, baseline - handling));
	}

	private static long seconds(BigDecimal minutes) {
		return minutes.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}
}
