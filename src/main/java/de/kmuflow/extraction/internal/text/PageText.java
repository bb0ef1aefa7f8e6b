package de.kmuflow.extraction.internal.text;

import java.util.List;

/** The words of one page (number from 1) in reading order, with the page's size in the words' units. */
public record PageText(int number, double width, double height, List<Word> words) {

	public PageText {
		words = List.copyOf(words);
	}
}
