package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.List;

import de.kmuflow.extraction.internal.text.PageText;
import de.kmuflow.extraction.internal.text.Word;

/**
 * Builds word lists as a PDF or OCR reader would hand them over: each word with a plausible box
 * on an A4 page (points), a text split at spaces, and optionally an OCR confidence, a skew (the
 * baseline drops {@code slope} points per point to the right) or jitter in height.
 */
final class TestWords {

	static final double PAGE_WIDTH = 595;
	static final double PAGE_HEIGHT = 842;

	private final List<List<Word>> pages = new ArrayList<>();
	private double size = 10;
	private double confidence = 1;
	private double slope;

	TestWords() {
		pages.add(new ArrayList<>());
	}

	TestWords page() {
		pages.add(new ArrayList<>());
		return this;
	}

	TestWords size(double size) {
		this.size = size;
		return this;
	}

	TestWords confidence(double confidence) {
		this.confidence = confidence;
		return this;
	}

	TestWords skew(double slope) {
		this.slope = slope;
		return this;
	}

	/** Words of {@code text}, the first starting at {@code x}, with one space between them. */
	TestWords at(double x, double y, String text) {
		double left = x;
		for (String part : text.split(" ")) {
			if (part.isEmpty()) {
				left += space();
				continue;
			}
			double width = part.length() * size * 0.5;
			double top = y + slope * left;
			pages.get(pages.size() - 1).add(new Word(part, left, top, width, size * 0.8, confidence));
			left += width + space();
		}
		return this;
	}

	/** Text whose last word ends at {@code right}. */
	TestWords right(double right, double y, String text) {
		double width = text.replace(" ", "").length() * size * 0.5 + (text.split(" ").length - 1) * space();
		return at(right - width, y, text);
	}

	private double space() {
		return size * 0.28;
	}

	List<PageText> pages() {
		List<PageText> result = new ArrayList<>();
		for (int i = 0; i < pages.size(); i++) {
			result.add(new PageText(i + 1, PAGE_WIDTH, PAGE_HEIGHT, pages.get(i)));
		}
		return result;
	}

	List<Line> lines() {
		return new LineGrouper().group(pages());
	}

	InvoiceText text() {
		return new InvoiceText(lines());
	}

	/** The one line of a single line of text. */
	static Line line(String text) {
		return new TestWords().at(50, 100, text).lines().get(0);
	}
}
