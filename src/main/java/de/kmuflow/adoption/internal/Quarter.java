package de.kmuflow.adoption.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A calendar quarter; the review looks at the one before the quarter it starts in. */
record Quarter(int year, int number) {

	private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	static Quarter containing(LocalDate day) {
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	static Quarter before(LocalDate day) {
		return containing(containing(day).first().minusDays(1));
	}

	LocalDate first() {
		return LocalDate.of(year, (number - 1) * 3 + 1, 1);
	}

	LocalDate last() {
		return first().plusMonths(3).minusDays(1);
	}

	/** "3. Quartal 2026 (01.07.2026 – 30.09.2026)" */
	String label() {
		return number + ". Quartal " + year + " (" + GERMAN.format(first()) + " – " + GERMAN.format(last()) + ")";
	}

	/** "Q3/2026" */
	String shortLabel() {
		return "Q" + number + "/" + year;
	}
}
