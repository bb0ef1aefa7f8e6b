package de.kmuflow.adoption.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the API, the dashboard and the review form show of trends and measures. */
final class TrendViews {

	private TrendViews() {
	}

	/**
	 * A trend with its measures, its adoption score ({@link AdoptionScore}) and its share of the
	 * time saved in the period asked for.
	 */
	record TrendView(String id, String name, String priority, String investment, String duration, int score,
			int measures, int openMeasures, int overdueMeasures, long savedSeconds, BigDecimal savedHours,
			BigDecimal savedSharePercent, List<MeasureView> measureList) {
	}

	record MeasureView(long id, String trendId, String trendName, String title, String owner, LocalDate targetDate,
			MeasureStatus status, String statusName, int progress, String notes, boolean overdue) {
	}

	/** A new measure; status and progress start as planned and 0 unless given. */
	record NewMeasure(String title, String owner, LocalDate targetDate, MeasureStatus status, Integer progress,
			String notes) {
	}

	/** Changes to a trend's table row; null values stay. */
	record TrendChange(String name, String priority, String investment, String duration) {
	}
}
