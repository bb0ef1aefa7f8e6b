package de.kmuflow.extraction.internal.fields;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in a line: "15.03.2026", "15.03.26", "15/03/2026", "2026-03-15", "15. März 2026",
 * "15 Mar 2026", "March 15, 2026", in German, English, French and Dutch month names. Spaces that
 * PDF writers or OCR put inside a date ("15. 03. 2026") are allowed. A month without a day
 * ("März 2026") is not a date here. "04/02/2026" is read day first unless the document writes its
 * dates month first (see {@link #monthFirst(List)}).
 */
final class DateParser {

	private static final Pattern SLASHED = Pattern.compile("(?<![\\d.,/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?!\\d)");

	private final boolean monthFirst;

	DateParser() {
		this(false);
	}

	DateParser(boolean monthFirst) {
		this.monthFirst = monthFirst;
	}

	/**
	 * Whether a document writes "04/02/2026" for the 2nd of April: some slashed date of it cannot
	 * be read day first ("03/15/2026"), or it names months before days ("March 15, 2026") more
	 * often than after them. Without such a sign, a decimal point in amounts ("1,471.60") leans
	 * towards the American order, a pound sign towards the British one.
	 */
	static boolean monthFirst(List<Line> lines, NumberStyle style) {
		double monthFirst = style == NumberStyle.ENGLISH ? 0.5 : 0;
		double dayFirst = 0;
		for (Line line : lines) {
			Matcher slashed = SLASHED.matcher(line.digitText());
			while (slashed.find()) {
				int first = Integer.parseInt(slashed.group(1));
				int second = Integer.parseInt(slashed.group(2));
				if (first > 12 && second <= 12) {
					dayFirst += 2;
				}
				else if (second > 12 && first <= 12) {
					monthFirst += 2;
				}
			}
			Matcher named = NAME_DAY_YEAR.matcher(line.digitText());
			while (named.find()) {
				monthFirst += 1;
			}
			Matcher dayNamed = DAY_NAME_YEAR.matcher(line.digitText());
			while (dayNamed.find()) {
				dayFirst += 1;
			}
			if (line.text().contains("£") || line.text().contains("GBP")) {
				dayFirst += 0.5;
			}
		}
		return monthFirst > dayFirst;
	}

	private static final Map<String, Integer> MONTHS = months();

	private static final String MONTH = "(" + String.join("|", MONTHS.keySet()) + ")\\.?";

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("(?<![\\d.,])(\\d{1,2}) ?([./-]) ?(\\d{1,2}) ?\\2 ?(\\d{4}|\\d{2})(?![\\d]|[.,]\\d)");

	private static final Pattern ISO = Pattern.compile("(?<![\\d.,])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");

	private static final Pattern DAY_NAME_YEAR = Pattern.compile(
			"(?<![\\d.,])(\\d{1,2})(?:\\.|er|st|nd|rd|th)?[ -]?" + MONTH + "[ -]?,? ?(\\d{4})(?!\\d)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern NAME_DAY_YEAR = Pattern.compile(
			"(?<![\\p{L}])" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?!\\d)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** All dates of a line, left to right. */
	List<Found<LocalDate>> find(Line line) {
		String text = line.digitText();
		List<Found<LocalDate>> found = new ArrayList<>();
		List<int[]> taken = new ArrayList<>();
		collect(DAY_NAME_YEAR.matcher(text), line, found, taken, m -> of(m.group(3), month(m.group(2)), m.group(1)));
		collect(NAME_DAY_YEAR.matcher(text), line, found, taken, m -> of(m.group(3), month(m.group(1)), m.group(2)));
		collect(ISO.matcher(text), line, found, taken, m -> of(m.group(1), Integer.parseInt(m.group(3)), m.group(4)));
		collect(DAY_MONTH_YEAR.matcher(text), line, found, taken, this::numeric);
		found.sort(Comparator.comparingInt(Found::firstWord));
		return found;
	}

	/** A whole text that is one date, nothing else. */
	Optional<LocalDate> parse(String text) {
		List<de.kmuflow.extraction.internal.text.Word> words = new ArrayList<>();
		double x = 0;
		for (String part : text.trim().split(" +")) {
			words.add(new de.kmuflow.extraction.internal.text.Word(part, x, 0, part.length(), 1, 1));
			x += part.length() + 0.3;
		}
		Line line = new Line(1, 0, 0, 0, words);
		List<Found<LocalDate>> found = find(line);
		boolean whole = found.size() == 1 && found.get(0).firstWord() == 0 && found.get(0).lastWord() == words.size() - 1;
		return whole ? Optional.of(found.get(0).value()) : Optional.empty();
	}

	private interface Reading {
		Optional<LocalDate> read(Matcher matcher);
	}

	private static void collect(Matcher matcher, Line line, List<Found<LocalDate>> found, List<int[]> taken,
			Reading reading) {
		while (matcher.find()) {
			int start = matcher.start();
			int end = matcher.end();
			boolean overlaps = taken.stream().anyMatch(span -> start < span[1] && end > span[0]);
			if (overlaps || matcher.group().indexOf(Line.CELL_BREAK) >= 0) {
				continue;
			}
			Optional<LocalDate> date = reading.read(matcher);
			if (date.isPresent()) {
				taken.add(new int[] { start, end });
				found.add(new Found<>(date.get(), line, line.wordAt(start), line.wordEndingAt(end)));
			}
		}
	}

	/** "03/15/2026" is American since 15 cannot be a month; "04/02/2026" as the document writes its dates. */
	private Optional<LocalDate> numeric(Matcher matcher) {
		int first = Integer.parseInt(matcher.group(1));
		int second = Integer.parseInt(matcher.group(3));
		String year = matcher.group(4);
		boolean slashed = matcher.group(2).equals("/");
		boolean americanOnly = second > 12 && first <= 12;
		boolean american = slashed && (americanOnly || monthFirst && first <= 12);
		if (american) {
			return of(year, first, String.valueOf(second));
		}
		return of(year, second, matcher.group(1));
	}

	private static Optional<LocalDate> of(String year, int month, String day) {
		int fullYear = Integer.parseInt(year);
		if (year.length() == 2) {
			fullYear += fullYear < 80 ? 2000 : 1900;
		}
		if (fullYear < 1990 || fullYear > 2099) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(fullYear, month, Integer.parseInt(day)));
		}
		catch (DateTimeException invalid) {
			return Optional.empty();
		}
	}

	private static int month(String name) {
		String key = name.toLowerCase(Locale.ROOT).replace(".", "");
		Integer month = MONTHS.get(key);
		if (month == null) {
			month = MONTHS.get(TextFolding.fold(key));
		}
		return month == null ? 0 : month;
	}

	/** Month names and their usual abbreviations, longest first so that the pattern prefers them. */
	private static Map<String, Integer> months() {
		String[][] names = {
				{ "januar", "jänner", "jaenner", "january", "janvier", "januari", "jan", "janv" },
				{ "februar", "feber", "february", "février", "fevrier", "februari", "feb", "févr", "fevr" },
				{ "märz", "maerz", "march", "mars", "maart", "mrz", "mär", "mar", "mrt" },
				{ "april", "avril", "apr", "avr" },
				{ "mai", "may", "mei" },
				{ "juni", "june", "juin", "jun" },
				{ "juli", "july", "juillet", "jul", "juil" },
				{ "august", "août", "aout", "augustus", "aug" },
				{ "september", "septembre", "sept", "sep" },
				{ "oktober", "october", "octobre", "okt", "oct" },
				{ "november", "novembre", "nov" },
				{ "dezember", "december", "décembre", "decembre", "dez", "dec", "déc" } };
		List<Map.Entry<String, Integer>> entries = new ArrayList<>();
		for (int month = 0; month < names.length; month++) {
			for (String name : names[month]) {
				entries.add(Map.entry(name, month + 1));
			}
		}
		entries.sort(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().length()).reversed());
		Map<String, Integer> months = new LinkedHashMap<>();
		entries.forEach(e -> months.putIfAbsent(e.getKey(), e.getValue()));
		return months;
	}
}
