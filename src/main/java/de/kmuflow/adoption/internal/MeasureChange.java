package de.kmuflow.adoption.internal;

import java.time.LocalDate;

/**
 * What to change on a measure; null values stay as they are.
 *
 * @param notes replaces the notes
 * @param appendNote adds a line to the notes (the trend review's decisions)
 */
record MeasureChange(String title, String owner, LocalDate targetDate, MeasureStatus status, Integer progress,
		String notes, String appendNote) {
}
