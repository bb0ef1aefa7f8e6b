package de.kmuflow.extraction.internal.ocr;

import java.util.ArrayList;
import java.util.List;

import de.kmuflow.extraction.internal.text.Word;

/**
 * Words from Tesseract's TSV output. Columns: level, page, block, paragraph, line, word, left, top,
 * width, height, confidence (0..100), text; level 5 rows are words. Boxes are converted from pixels
 * to points (1/72 inch) so that scanned pages and PDF text layers share one unit.
 */
final class TsvWords {

	private static final int WORD_LEVEL = 5;
	private static final int COLUMNS = 12;

	private TsvWords() {
	}

	static List<Word> parse(String tsv, int dpi) {
		double pointsPerPixel = 72.0 / dpi;
		List<Word> words = new ArrayList<>();
		for (String row : tsv.split("\n")) {
			String[] cells = row.split("\t", -1);
			if (cells.length < COLUMNS || !cells[0].equals(String.valueOf(WORD_LEVEL))) {
				continue;
			}
			String text = cells[11].strip();
			if (text.isEmpty()) {
				continue;
			}
			double confidence = Math.max(0, Math.min(100, Double.parseDouble(cells[10]))) / 100;
			words.add(new Word(text, Integer.parseInt(cells[6]) * pointsPerPixel,
					Integer.parseInt(cells[7]) * pointsPerPixel, Integer.parseInt(cells[8]) * pointsPerPixel,
					Integer.parseInt(cells[9]) * pointsPerPixel, confidence));
		}
		return words;
	}

	/** Mean word confidence weighted by word length, so that stray one-letter guesses weigh little. */
	static double meanConfidence(List<Word> words) {
		double weighted = 0;
		int letters = 0;
		for (Word word : words) {
			weighted += word.confidence() * word.text().length();
			letters += word.text().length();
		}
		return letters == 0 ? 0 : weighted / letters;
	}
}
