package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.kmuflow.extraction.internal.text.PageText;
import de.kmuflow.extraction.internal.text.Word;

/**
 * Groups the words of a page into visual lines by vertical overlap. Words are taken left to right
 * and each joins the line whose rightmost word it overlaps most, so a slightly skewed scan still
 * gives whole lines: neighbours differ little in height even when the two ends of a line do. A
 * skew large enough to drop a line's end by more than half a line (a scan turned by a degree) is
 * measured from neighbouring words first and taken out before grouping.
 */
final class LineGrouper {

	/** Lines of all pages in reading order; {@link Line#index()} counts across pages. */
	List<Line> group(List<PageText> pages) {
		List<Line> lines = new ArrayList<>();
		for (PageText page : pages) {
			for (List<Word> words : groupPage(page.words())) {
				lines.add(new Line(page.number(), page.width(), page.height(), lines.size(), words));
			}
		}
		return lines;
	}

	List<List<Word>> groupPage(List<Word> pageWords) {
		List<Word> words = new ArrayList<>();
		for (Word word : pageWords) {
			if (!word.text().isBlank()) {
				words.addAll(splitAtColon(word));
			}
		}
		double slope = slope(words);
		Map<Word, Word> original = new IdentityHashMap<>();
		List<Word> level = new ArrayList<>();
		for (Word word : words) {
			Word leveled = new Word(word.text(), word.x(), word.y() - slope * word.x(), word.width(), word.height(),
					word.confidence());
			original.put(leveled, word);
			level.add(leveled);
		}
		level.sort(Comparator.comparingDouble(Word::x));
		List<List<Word>> lines = new ArrayList<>();
		for (Word word : level) {
			List<Word> best = null;
			double bestScore = 0;
			for (List<Word> line : lines) {
				double score = fit(line.get(line.size() - 1), word);
				if (score > bestScore) {
					best = line;
					bestScore = score;
				}
			}
			if (best == null) {
				best = new ArrayList<>();
				lines.add(best);
			}
			best.add(word);
		}
		lines.sort(Comparator.comparingDouble(LineGrouper::centerY));
		List<List<Word>> grouped = new ArrayList<>();
		for (List<Word> line : lines) {
			grouped.add(line.stream().map(original::get).toList());
		}
		return grouped;
	}

	/**
	 * The page's skew (points down per point right): the median slope between neighbouring words
	 * of one line. Zero when too few neighbours tell.
	 */
	static double slope(List<Word> words) {
		List<Word> sorted = new ArrayList<>(words);
		sorted.sort(Comparator.comparingDouble(Word::x));
		List<Double> slopes = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			Word word = sorted.get(i);
			for (int j = i + 1; j < sorted.size(); j++) {
				Word next = sorted.get(j);
				double gap = next.x() - word.right();
				if (gap > 3 * word.height()) {
					break;
				}
				double overlap = Math.min(word.bottom(), next.bottom()) - Math.max(word.y(), next.y());
				boolean similar = Math.abs(word.height() - next.height()) < 0.2 * word.height();
				double distance = next.x() + next.width() / 2 - word.x() - word.width() / 2;
				if (gap > -0.1 * word.height() && similar && overlap > 0.6 * word.height() && distance > 0) {
					slopes.add((next.bottom() - word.bottom()) / distance);
					break;
				}
			}
		}
		if (slopes.size() < 8) {
			return 0;
		}
		slopes.sort(Double::compare);
		double median = slopes.get(slopes.size() / 2);
		return Math.abs(median) < 0.002 ? 0 : Math.max(-0.05, Math.min(0.05, median));
	}

	/** How well {@code word} continues a line ending in {@code last}; 0 when it does not. */
	private static double fit(Word last, Word word) {
		double smaller = Math.max(0.1, Math.min(last.height(), word.height()));
		// a word may touch its left neighbour, never sit on top of it; OCR may stretch a box over
		// part of the next word ("Handelsrechnung" reaching into "(380)"), which still starts in the
		// second half of the box and ends beyond it
		boolean stretched = word.x() > last.x() + 0.5 * last.width() && word.right() > last.right();
		if (word.x() < last.right() - 0.5 * smaller && !stretched) {
			return 0;
		}
		double overlap = Math.min(last.bottom(), word.bottom()) - Math.max(last.y(), word.y());
		double centers = Math.abs(last.centerY() - word.centerY());
		if (overlap < 0.5 * smaller || centers > 0.5 * smaller) {
			return 0;
		}
		double closeness = 1 / (1 + Math.max(0, word.x() - last.right()) / (10 * smaller));
		return overlap / smaller * closeness;
	}

	private static double centerY(List<Word> line) {
		double[] centers = line.stream().mapToDouble(Word::centerY).sorted().toArray();
		return centers[centers.length / 2];
	}

	/**
	 * OCR and some PDF writers glue a label to its value ("Rechnungsnr.:12345", "Nr.R25-31"): split
	 * after the colon, or after a glued "Nr.", so the value becomes a word of its own. Times like
	 * "12:30" stay whole.
	 */
	private static final Pattern NUMBER_ABBREVIATION_GLUED = Pattern.compile("(?i)((?:nr|no)\\.)[\\p{L}\\d]\\S*");

	static List<Word> splitAtColon(Word word) {
		String text = word.text();
		int colon = text.indexOf(':');
		Matcher number = NUMBER_ABBREVIATION_GLUED.matcher(text);
		if (colon < 0 && number.matches()) {
			// "Nr.R25-31": OCR lost the space after the abbreviation
			colon = number.end(1) - 1;
		}
		if (colon < 2 || colon == text.length() - 1 || !Character.isLetter(text.charAt(colon - 1))
				&& text.charAt(colon - 1) != '.') {
			return List.of(word);
		}
		double perChar = word.width() / text.length();
		String head = text.substring(0, colon + 1);
		String tail = text.substring(colon + 1);
		Word first = new Word(head, word.x(), word.y(), perChar * head.length(), word.height(), word.confidence());
		Word rest = new Word(tail, word.x() + perChar * (head.length() + 0.5), word.y(), perChar * (tail.length() - 0.5),
				word.height(), word.confidence());
		List<Word> parts = new ArrayList<>();
		parts.add(first);
		parts.addAll(splitAtColon(rest));
		return parts;
	}
}
