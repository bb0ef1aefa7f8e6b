package de.kmuflow.adoption;

/**
 * The quarterly review {@code processes/trend-review.bpmn}: its key, element ids and the variables
 * of its form (figures as task variables, decisions as text the manager writes).
 */
public final class TrendReviewProcess {

	public static final String KEY = "trend-review";

	/** Element ids as in the model. */
	public static final class Elements {
		public static final String START = "startEvent_quarterly";
		public static final String REVIEW = "userTask_reviewTrendAdoption";
		public static final String END = "endEvent_reviewed";

		private Elements() {
		}
	}

	/** Variable names. */
	public static final class Variables {
		/** Task variables with the quarter's figures, for the form to show. */
		public static final String QUARTER = "reviewQuarter";
		public static final String HOURS_SAVED = "hoursSaved";
		public static final String SAVED_BY_TREND = "savedByTrendText";
		public static final String SCORES = "adoptionScoresText";
		public static final String INVOICES = "invoiceFiguresText";
		public static final String MEASURES = "openMeasuresText";
		/** The open measures past their target date, listed apart so the review sees them first. */
		public static final String OVERDUE_MEASURES = "overdueMeasuresText";
		/** String, one new measure per line: trend; title; owner; target date. */
		public static final String NEW_MEASURES = "newMeasures";
		/** String, one change per line: number; status; progress; target date; note. */
		public static final String MEASURE_UPDATES = "measureUpdates";
		public static final String REVIEW_NOTES = "reviewNotes";

		private Variables() {
		}
	}

	private TrendReviewProcess() {
	}
}
