package de.kmuflow.extraction.internal.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.kmuflow.extraction.internal.text.PageText;
import de.kmuflow.extraction.internal.text.Word;

/** How well a page was read, compared with the text that was drawn on it. */
public final class PageQuality {

	private PageQuality() {
	}

	/** Share of the expected words that came back exactly (each expected word matched at most once). */
	public static double wordsFound(List<String> expected, PageText page) {
		Map<String, Integer> found = new HashMap<>();
		page.words().forEach(word -> found.merge(word.text(), 1, Integer::sum));
		int hits = 0;
		for (String word : expected) {
			if (found.getOrDefault(word, 0) > 0) {
				found.merge(word, -1, Integer::sum);
				hits++;
			}
		}
		return expected.isEmpty() ? 1 : hits / (double) expected.size();
	}

	/**
	 * Share of drawn lines whose first and last word were read at the same height (within half a
	 * word height): what a label needs to find its value to its right. Lines whose end words are
	 * not unique on the page, or were not read, are left out.
	 */
	public static double linesLevel(List<String> lines, PageText page) {
		int level = 0;
		int judged = 0;
		for (String line : lines) {
			String[] words = line.trim().split("\\s+");
			if (words.length < 2) {
				continue;
			}
			Optional<Word> first = unique(page, words[0]);
			Optional<Word> last = unique(page, words[words.length - 1]);
			if (first.isEmpty() || last.isEmpty() || first.get() == last.get()) {
				continue;
			}
			judged++;
			if (Math.abs(first.get().centerY() - last.get().centerY()) < first.get().height() / 2) {
				level++;
			}
		}
		return judged == 0 ? 0 : level / (double) judged;
	}

	private static Optional<Word> unique(PageText page, String text) {
		List<Word> matches = new ArrayList<>();
		for (Word word : page.words()) {
			if (word.text().equals(text)) {
				matches.add(word);
			}
		}
		return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
	}

	public static Optional<Word> word(PageText page, String text) {
		return page.words().stream().filter(word -> word.text().equals(text)).findFirst();
	}
}
