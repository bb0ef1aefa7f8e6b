package de.kmuflow.adoption.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

import de.kmuflow.adoption.Trend;

/**
 * The decisions a manager writes in the trend review, one per line:
 * <pre>
 *   new measures:  trend; title; owner; target date          (owner and date may be left out)
 *   changes:       number; status; progress; target date; note (empty fields stay as they are)
 * </pre>
 * Dates as 31.12.2026 or 2026-12-31. Every line is checked before anything is saved; the
 * error names each wrong line, so the manager can fix them all at once.
 */
record ReviewDecisions(List<NewLine> newMeasures, List<ChangeLine> changes) {

	record NewLine(Trend trend, String title, String owner, LocalDate targetDate) {
	}

	record ChangeLine(long measureId, MeasureStatus status, Integer progress, LocalDate targetDate, String note) {
	}

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	boolean isEmpty() {
		return newMeasures.isEmpty() && changes.isEmpty();
	}

	static ReviewDecisions parse(String newMeasures, String changes) {
		List<String> errors = new ArrayList<>();
		List<NewLine> added = new ArrayList<>();
		List<ChangeLine> changed = new ArrayList<>();
		int number = 0;
		for (String line : lines(newMeasures)) {
			number++;
			try {
				added.add(newLine(line));
			}
			catch (IllegalArgumentException e) {
				errors.add("Neue Maßnahmen, Zeile " + number + " (" + line.strip() + "): " + e.getMessage());
			}
		}
		number = 0;
		for (String line : lines(changes)) {
			number++;
			try {
				changed.add(changeLine(line));
			}
			catch (IllegalArgumentException e) {
				errors.add("Änderungen, Zeile " + number + " (" + line.strip() + "): " + e.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			throw new IllegalArgumentException(String.join("\n", errors));
		}
		return new ReviewDecisions(added, changed);
	}

	private static NewLine newLine(String line) {
		String[] fields = fields(line, 4);
		Trend trend = Trend.parse(fields[0]).orElseThrow(() -> new IllegalArgumentException(
				"unbekannter Trend '" + fields[0] + "' (Cybersicherheit, KI-Integration, Datenkompetenz, "
						+ "Hyperautomatisierung, Social Commerce, Nachhaltigkeit)"));
		if (fields[1].isEmpty()) {
			throw new IllegalArgumentException("die Maßnahme braucht einen Titel");
		}
		return new NewLine(trend, fields[1], blankToNull(fields[2]), date(fields[3]));
	}

	private static ChangeLine changeLine(String line) {
		String[] fields = fields(line, 5);
		long id;
		try {
			id = Long.parseLong(fields[0].replace("#", "").strip());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("am Anfang steht die Nummer der Maßnahme, nicht '" + fields[0] + "'");
		}
		MeasureStatus status = fields[1].isEmpty() ? null
				: MeasureStatus.parse(fields[1]).orElseThrow(() -> new IllegalArgumentException("unbekannter Status '"
						+ fields[1] + "' (geplant, in Arbeit, erledigt, verworfen)"));
		Integer progress = null;
		if (!fields[2].isEmpty()) {
			try {
				progress = Integer.valueOf(fields[2].replace("%", "").strip());
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("Fortschritt ist eine Zahl von 0 bis 100, nicht '" + fields[2] + "'");
			}
			if (progress < 0 || progress > 100) {
				throw new IllegalArgumentException("Fortschritt liegt zwischen 0 und 100, nicht " + progress);
			}
		}
		return new ChangeLine(id, status, progress, date(fields[3]), blankToNull(fields[4]));
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
	}

	/** The line's fields, trimmed; missing trailing ones are empty; a last field may hold semicolons. */
	private static String[] fields(String line, int count) {
		String[] parts = line.split(";", count);
		String[] fields = new String[count];
		for (int i = 0; i < count; i++) {
			fields[i] = i < parts.length ? parts[i].strip() : "";
		}
		return fields;
	}

	private static LocalDate date(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, GERMAN_DATE);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Datum als TT.MM.JJJJ oder JJJJ-MM-TT, nicht '" + text + "'");
		}
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}
}
