package de.kmuflow.extraction;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One printed line of a document as the reader grouped it: its page, its place on the page and its
 * words left to right. Positions are fractions of the page (0 top/left, 1 bottom/right), so that
 * places compare across page sizes and OCR resolutions.
 */
public record PrintedLine(int page, double top, List<Word> words) {

	public PrintedLine {
		words = List.copyOf(words);
	}

	/** A word and where it starts and ends across the page. */
	public record Word(String text, double left, double right) {
	}

	/** The words joined by single spaces. */
	public String text() {
		return words.stream().map(Word::text).collect(Collectors.joining(" "));
	}
}
