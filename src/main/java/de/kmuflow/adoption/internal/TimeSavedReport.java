package de.kmuflow.adoption.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The time saved in a period, summed up one way. Minutes and hours are rounded to two places for
 * reading; {@code savedSeconds} is the exact sum.
 */
record TimeSavedReport(LocalDate from, LocalDate to, GroupBy groupBy, long savedSeconds, BigDecimal savedMinutes,
		BigDecimal savedHours, long activities, List<Row> rows) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Row(String key, String label, String processKey, String activityId, long activities, long savedSeconds,
			BigDecimal savedMinutes, BigDecimal savedHours, BigDecimal sharePercent) {
	}

	/** A row as the ledger sums it, before minutes, hours and shares are worked out. */
	record Sum(String key, String label, String processKey, String activityId, long activities, long savedSeconds) {
	}

	static TimeSavedReport of(LocalDate from, LocalDate to, GroupBy groupBy, List<Sum> sums) {
		long total = sums.stream().mapToLong(Sum::savedSeconds).sum();
		long activities = sums.stream().mapToLong(Sum::activities).sum();
		List<Row> rows = sums.stream()
			.map(sum -> new Row(sum.key(), sum.label(), sum.processKey(), sum.activityId(), sum.activities(),
					sum.savedSeconds(), minutes(sum.savedSeconds()), hours(sum.savedSeconds()),
					percent(sum.savedSeconds(), total)))
			.toList();
		return new TimeSavedReport(from, to, groupBy, total, minutes(total), hours(total), activities, rows);
	}

	static BigDecimal minutes(long seconds) {
		return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
	}

	static BigDecimal hours(long seconds) {
		return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
	}

	static BigDecimal percent(long part, long whole) {
		return whole == 0 ? BigDecimal.ZERO.setScale(1)
				: BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}
}
