package de.kmuflow.suppliermemory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.kmuflow.extraction.PrintedLine;

/**
 * A document's printed lines prepared for finding labels and values word by word: words compared
 * without case and without the colon or comma that ends them.
 */
final class PrintedPage {

	/** Words further apart than this (fraction of the page width) stand in different columns. */
	static final double COLUMN_GAP = 0.03;

	private final List<PrintedLine> lines;

	PrintedPage(List<PrintedLine> lines) {
		this.lines = List.copyOf(lines);
	}

	List<PrintedLine> lines() {
		return lines;
	}

	PrintedLine line(int index) {
		return lines.get(index);
	}

	/** The line printed under a line on the same page, or null. */
	PrintedLine below(int index) {
		return index + 1 < lines.size() && lines.get(index + 1).page() == lines.get(index).page() ? lines.get(index + 1)
				: null;
	}

	/** Whether a text is printed on the page, across line ends and whatever spaces and commas between its words. */
	boolean shows(String value) {
		String wanted = loose(value);
		if (wanted.isEmpty()) {
			return false;
		}
		StringBuilder text = new StringBuilder();
		lines.forEach(line -> text.append(loose(line.text())));
		return text.indexOf(wanted) >= 0;
	}

	private static String loose(String text) {
		return compact(text).replaceAll("[,;]", "");
	}

	static String norm(String word) {
		return word.toLowerCase(Locale.GERMAN).replaceAll("[:;,]+$", "");
	}

	static String compact(String text) {
		return text == null ? "" : text.toLowerCase(Locale.GERMAN).replaceAll("\\s+", "");
	}

	static boolean hasDigit(String word) {
		return word.chars().anyMatch(Character::isDigit);
	}

	/** Where a run of words starts and ends on a line. */
	record Spot(int line, int first, int last) {
	}

	/** Every run of words on the page whose text without spaces is the given text. */
	List<Spot> find(String printed) {
		String target = compact(printed);
		List<Spot> spots = new ArrayList<>();
		if (target.isEmpty()) {
			return spots;
		}
		for (int l = 0; l < lines.size(); l++) {
			List<PrintedLine.Word> words = lines.get(l).words();
			for (int first = 0; first < words.size(); first++) {
				StringBuilder joined = new StringBuilder();
				for (int last = first; last < words.size() && joined.length() < target.length(); last++) {
					joined.append(compact(cleanValueWord(words.get(last).text())));
					if (joined.toString().equals(target)) {
						spots.add(new Spot(l, first, last));
					}
				}
			}
		}
		return spots;
	}

	/** Every place a label's words stand in a row. */
	List<Spot> findLabel(List<String> label) {
		List<Spot> spots = new ArrayList<>();
		for (int l = 0; l < lines.size(); l++) {
			List<PrintedLine.Word> words = lines.get(l).words();
			for (int first = 0; first + label.size() <= words.size(); first++) {
				boolean match = true;
				for (int k = 0; k < label.size() && match; k++) {
					match = norm(words.get(first + k).text()).equals(label.get(k));
				}
				if (match) {
					spots.add(new Spot(l, first, first + label.size() - 1));
				}
			}
		}
		return spots;
	}

	/** A word of a value without a currency sign glued to it or the punctuation that ends a phrase. */
	static String cleanValueWord(String word) {
		return ValueFormats.trimToNumber(word).replaceAll("[:;,]+$", "");
	}
}
