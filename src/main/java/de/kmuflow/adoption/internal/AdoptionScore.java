package de.kmuflow.adoption.internal;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How far a trend is adopted, 0-100, from its measures:
 * <pre>
 *   score = round( Σ credit(m) / n )   over the n measures that are not dropped (0 when there are none)
 *   credit(m) = 100                    for a done measure
 *             = progress(m)            for a planned or running one
 *             = progress(m) × 0.5      for a planned or running one past its target date (overdue)
 * </pre>
 * Every measure weighs the same: a trend with one finished and one forgotten measure is half
 * adopted. Overdue work counts half, so a missed date shows in the score and not only in a flag.
 */
final class AdoptionScore {

	static final double OVERDUE_FACTOR = 0.5;

	/** What the score needs of a measure. */
	record Facts(MeasureStatus status, int progress, LocalDate targetDate) {
	}

	private AdoptionScore() {
	}

	/** Open and past its target date; a measure without a date is never overdue. */
	static boolean overdue(MeasureStatus status, LocalDate targetDate, LocalDate today) {
		return status.isOpen() && targetDate != null && targetDate.isBefore(today);
	}

	static int of(Collection<Facts> measures, LocalDate today) {
		double sum = 0;
		int counted = 0;
		for (Facts measure : measures) {
			if (measure.status() == MeasureStatus.DROPPED) {
				continue;
			}
			counted++;
			sum += credit(measure, today);
		}
		return counted == 0 ? 0 : (int) Math.round(sum / counted);
	}

	static double credit(Facts measure, LocalDate today) {
		if (measure.status() == MeasureStatus.DONE) {
			return 100;
		}
		double progress = Math.max(0, Math.min(100, measure.progress()));
		return overdue(measure.status(), measure.targetDate(), today) ? progress * OVERDUE_FACTOR : progress;
	}
}
