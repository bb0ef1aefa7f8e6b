package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.List;

import de.kmuflow.extraction.internal.text.Word;

/**
 * One visual line of a page: its words left to right. Its {@link #text()} joins the words with a
 * space inside a cell and a tab between cells (a wide gap, i.e. a column break), so that patterns
 * never run across columns; {@link #digitText()} is the same text with OCR digit confusions
 * undone, character for character, so that positions in either text point to the same words.
 */
final class Line {

	static final char CELL_BREAK = '\t';
	/** A text layer's word height over the ink height OCR measures for the same print. */
	private static final double OCR_HEIGHT_TO_FONT = 1.3;

	private final int page;
	private final double pageWidth;
	private final double pageHeight;
	private final int index;
	private final List<Word> words;
	private final String text;
	private final String digitText;
	private final int[] wordStart;
	private final int[] wordOfChar;
	private final int[] cellOfWord;
	private final double height;
	private final boolean recognised;

	Line(int page, double pageWidth, double pageHeight, int index, List<Word> words) {
		this.page = page;
		this.pageWidth = pageWidth;
		this.pageHeight = pageHeight;
		this.index = index;
		this.words = List.copyOf(words);
		this.height = medianHeight(this.words);
		// a text layer's words are certain; OCR's carry the engine's confidence
		this.recognised = this.words.stream().anyMatch(word -> word.confidence() < 1);
		this.cellOfWord = new int[this.words.size()];
		this.wordStart = new int[this.words.size()];
		StringBuilder plain = new StringBuilder();
		StringBuilder digits = new StringBuilder();
		List<Integer> owners = new ArrayList<>();
		int cell = 0;
		for (int i = 0; i < this.words.size(); i++) {
			Word word = this.words.get(i);
			if (i > 0) {
				boolean columnBreak = word.x() - this.words.get(i - 1).right() > cellGap();
				if (columnBreak) {
					cell++;
				}
				plain.append(columnBreak ? CELL_BREAK : ' ');
				digits.append(columnBreak ? CELL_BREAK : ' ');
				owners.add(-1);
			}
			cellOfWord[i] = cell;
			wordStart[i] = plain.length();
			plain.append(word.text());
			digits.append(OcrDigits.repairWord(word.text()));
			for (int c = 0; c < word.text().length(); c++) {
				owners.add(i);
			}
		}
		this.text = plain.toString();
		this.digitText = digits.toString();
		this.wordOfChar = owners.stream().mapToInt(Integer::intValue).toArray();
	}

	private static double medianHeight(List<Word> words) {
		double[] heights = words.stream().mapToDouble(Word::height).sorted().toArray();
		return heights.length == 0 ? 0 : heights[heights.length / 2];
	}

	/**
	 * A gap wider than about two spaces separates columns. OCR boxes hold the ink alone, a text
	 * layer's boxes the font's height: the same gap is wider against OCR's smaller height.
	 */
	double cellGap() {
		return Math.max(recognised ? OCR_HEIGHT_TO_FONT * height : height, 1);
	}

	int page() {
		return page;
	}

	double pageWidth() {
		return pageWidth;
	}

	double pageHeight() {
		return pageHeight;
	}

	/** Position of this line among all lines of the document, in reading order. */
	int index() {
		return index;
	}

	List<Word> words() {
		return words;
	}

	Word word(int i) {
		return words.get(i);
	}

	int size() {
		return words.size();
	}

	String text() {
		return text;
	}

	String digitText() {
		return digitText;
	}

	double height() {
		return height;
	}

	double top() {
		return words.stream().mapToDouble(Word::y).min().orElse(0);
	}

	double bottom() {
		return words.stream().mapToDouble(Word::bottom).max().orElse(0);
	}

	double centerY() {
		return (top() + bottom()) / 2;
	}

	double left() {
		return words.isEmpty() ? 0 : words.get(0).x();
	}

	double right() {
		return words.isEmpty() ? 0 : words.get(words.size() - 1).right();
	}

	/** Vertical position on its page, 0 at the top, 1 at the bottom. */
	double relativeY() {
		return pageHeight <= 0 ? 0 : centerY() / pageHeight;
	}

	/** The word a character of {@link #text()} belongs to; a separator belongs to the word after it. */
	int wordAt(int charIndex) {
		for (int i = Math.max(0, Math.min(charIndex, wordOfChar.length - 1)); i < wordOfChar.length; i++) {
			if (wordOfChar[i] >= 0) {
				return wordOfChar[i];
			}
		}
		return words.size() - 1;
	}

	/** The word the character before {@code endChar} belongs to. */
	int wordEndingAt(int endChar) {
		for (int i = Math.min(endChar, wordOfChar.length) - 1; i >= 0; i--) {
			if (wordOfChar[i] >= 0) {
				return wordOfChar[i];
			}
		}
		return 0;
	}

	int startOf(int word) {
		return wordStart[word];
	}

	int cellOf(int word) {
		return cellOfWord[word];
	}

	int cellCount() {
		return words.isEmpty() ? 0 : cellOfWord[words.size() - 1] + 1;
	}

	/** Words {@code from..to} (inclusive) joined by single spaces. */
	String text(int from, int to) {
		StringBuilder joined = new StringBuilder();
		for (int i = from; i <= to && i < words.size(); i++) {
			if (joined.length() > 0) {
				joined.append(' ');
			}
			joined.append(words.get(i).text());
		}
		return joined.toString();
	}

	/** The cells of this line as word ranges {first, last}. */
	List<int[]> cells() {
		List<int[]> cells = new ArrayList<>();
		int first = 0;
		for (int i = 1; i <= words.size(); i++) {
			if (i == words.size() || cellOfWord[i] != cellOfWord[i - 1]) {
				if (!words.isEmpty()) {
					cells.add(new int[] { first, i - 1 });
				}
				first = i;
			}
		}
		return cells;
	}

	/** Lowest word confidence among words {@code from..to}. */
	double confidence(int from, int to) {
		double lowest = 1;
		for (int i = from; i <= to && i < words.size(); i++) {
			lowest = Math.min(lowest, words.get(i).confidence());
		}
		return lowest;
	}

	@Override
	public String toString() {
		return "p" + page + " y=" + Math.round(top()) + " " + text.replace(CELL_BREAK, '|');
	}
}
