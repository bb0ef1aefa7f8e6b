package de.kmuflow.adoption.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Where a measure stands. A dropped measure counts for nothing; a done one is complete. */
enum MeasureStatus {

	PLANNED("geplant", List.of("planned", "offen")),
	IN_PROGRESS("in Arbeit", List.of("in progress", "in_progress", "läuft", "laufend", "begonnen")),
	DONE("erledigt", List.of("done", "fertig", "abgeschlossen")),
	DROPPED("verworfen", List.of("dropped", "gestrichen", "abgebrochen"));

	private final String germanName;
	private final List<String> otherWords;

	MeasureStatus(String germanName, List<String> otherWords) {
		this.germanName = germanName;
		this.otherWords = otherWords;
	}

	String germanName() {
		return germanName;
	}

	/** Still to be worked on: may become overdue. */
	boolean isOpen() {
		return this == PLANNED || this == IN_PROGRESS;
	}

	/** The status a person wrote, in German or English words or as the constant. */
	static Optional<MeasureStatus> parse(String word) {
		if (word == null) {
			return Optional.empty();
		}
		String wanted = word.strip().toLowerCase(Locale.GERMAN);
		return Arrays.stream(values())
			.filter(status -> status.name().toLowerCase(Locale.ROOT).equals(wanted)
					|| status.germanName.equalsIgnoreCase(wanted) || status.otherWords.contains(wanted))
			.findFirst();
	}
}
