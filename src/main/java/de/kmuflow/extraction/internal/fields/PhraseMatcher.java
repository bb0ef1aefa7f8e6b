package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds known phrases in a line, each standing for a kind with a strength. Matching happens on
 * folded text where a space between the parts of a phrase is optional ("Rechnungs Nr" matches
 * "Rechnungs-Nr.:" and "Rechnungsnr"); where phrases overlap the longest wins ("Lieferdatum" over
 * "Datum"); on OCR text long one-word phrases also match with one or two typos, a little weaker.
 */
final class PhraseMatcher<K> {

	/**
	 * A phrase of kind {@code kind} found on words {@code firstWord..lastWord}; {@code startsWord}
	 * is false where it begins inside a printed word ("Kunde" in "Muster-Kunde").
	 */
	record Match<K>(K kind, double strength, int firstWord, int lastWord, boolean startsWord) {
	}

	/** {@code anchor}: the phrase's longest part without spaces, which any match must contain as it is. */
	private record Phrase<K>(K kind, double strength, String folded, Pattern pattern, String anchor) {
	}

	private record Span<K>(Phrase<K> phrase, int start, int end, double strength) {
	}

	private final List<Phrase<K>> phrases = new ArrayList<>();

	void add(K kind, double strength, String... texts) {
		for (String text : texts) {
			String folded = TextFolding.fold(text);
			String body = Pattern.quote(folded).replace(" ", "\\E ?\\Q");
			String anchor = java.util.Arrays.stream(folded.split(" ")).max(Comparator.comparingInt(String::length))
				.orElse(folded);
			phrases.add(new Phrase<>(kind, strength, folded, Pattern.compile("(?<![a-z0-9])" + body + "(?![a-z0-9])"),
					anchor));
		}
	}

	List<Match<K>> find(Line line) {
		FoldedLine folded = FoldedLine.of(line);
		List<Span<K>> spans = new ArrayList<>();
		for (Phrase<K> phrase : phrases) {
			// most phrases are absent from most lines: a plain search rules them out before the regex
			if (!folded.text().contains(phrase.anchor())) {
				continue;
			}
			Matcher matcher = phrase.pattern().matcher(folded.text());
			while (matcher.find()) {
				// whole words only: the "PO" in "PO-99812" is part of a reference, not a label
				if (folded.coversWholeWords(matcher.start(), matcher.end())) {
					spans.add(new Span<>(phrase, matcher.start(), matcher.end(), phrase.strength()));
				}
			}
		}
		// only OCR misreads letters; a text layer's "Ausstellungsraum" is no misread "Ausstellungsdatum"
		if (line.confidence(0, line.size() - 1) < 1) {
			addTypoMatches(folded, spans);
		}
		spans.sort(Comparator.comparingInt((Span<K> s) -> s.end() - s.start()).reversed()
			.thenComparing(Comparator.comparingDouble((Span<K> s) -> s.strength()).reversed()));
		List<Span<K>> accepted = new ArrayList<>();
		for (Span<K> span : spans) {
			if (accepted.stream().noneMatch(a -> a.start() < span.end() && span.start() < a.end())) {
				accepted.add(span);
			}
		}
		List<Match<K>> matches = new ArrayList<>();
		for (Span<K> span : accepted) {
			int start = span.start();
			boolean startsWord = start == 0 || folded.owner()[start - 1] != folded.owner()[start];
			matches.add(new Match<>(span.phrase().kind(), span.strength(), folded.owner()[start],
					folded.owner()[span.end() - 1], startsWord));
		}
		matches.sort(Comparator.comparingInt(Match::firstWord));
		return matches;
	}

	private void addTypoMatches(FoldedLine folded, List<Span<K>> spans) {
		String text = folded.text();
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == Line.CELL_BREAK) {
				if (i - start >= 4) {
					String word = text.substring(start, i);
					String plainWord = withoutUmlautFolding(word);
					for (Phrase<K> phrase : phrases) {
						String known = phrase.folded();
						if (known.indexOf(' ') < 0 && !known.equals(word) && plainWord.equals(withoutUmlautFolding(known))) {
							// OCR lost the dots of an umlaut ("Kaufer" for "Käufer"): no typo
							spans.add(new Span<>(phrase, start, i, phrase.strength()));
							continue;
						}
						if (word.length() < 8) {
							continue;
						}
						int allowed = known.length() >= 12 ? 2 : 1;
						if (known.length() >= 8 && known.indexOf(' ') < 0 && !known.equals(word)
								&& Math.abs(known.length() - word.length()) <= allowed
								&& editDistance(known, word, allowed) <= allowed) {
							spans.add(new Span<>(phrase, start, i, phrase.strength() * 0.85));
						}
					}
				}
				start = i + 1;
			}
		}
	}

	/** A folded word with its umlauts' "ae", "oe", "ue" as the bare vowel, as OCR reads an umlaut without its dots. */
	private static String withoutUmlautFolding(String folded) {
		return folded.replace("ae", "a").replace("oe", "o").replace("ue", "u");
	}

	/** Levenshtein distance, giving up once it exceeds {@code limit}. */
	static int editDistance(String a, String b, int limit) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin > limit) {
				return limit + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/** The folded text of a line with, for each character, the word it came from. */
	private record FoldedLine(String text, int[] owner) {

		/**
		 * A phrase must begin and end at word boundaries; inside one printed word ("Rechnungs-Nr./Datum")
		 * a punctuation boundary counts too, unless digits stand on its other side ("PO-99812").
		 */
		boolean coversWholeWords(int start, int end) {
			boolean wordStart = start == 0 || owner[start - 1] < 0;
			boolean wordEnd = end == text.length() || owner[end] < 0;
			// a short phrase inside a printed word is too likely chance: "no" in "john@firma.no"
			boolean longEnough = end - start >= 4;
			boolean startsWord = wordStart
					|| longEnough && text.charAt(start - 1) == ' ' && !hasDigit(tokenEndingAt(start - 1));
			boolean endsWord = wordEnd || longEnough && text.charAt(end) == ' ' && !hasDigit(tokenStartingAt(end + 1));
			return startsWord && endsWord;
		}

		private String tokenEndingAt(int end) {
			int start = end;
			while (start > 0 && text.charAt(start - 1) != ' ' && owner[start - 1] >= 0) {
				start--;
			}
			return text.substring(start, end);
		}

		private String tokenStartingAt(int start) {
			int end = start;
			while (end < text.length() && text.charAt(end) != ' ' && owner[end] >= 0) {
				end++;
			}
			return text.substring(start, end);
		}

		private static boolean hasDigit(String token) {
			return token.chars().anyMatch(Character::isDigit);
		}

		static FoldedLine of(Line line) {
			StringBuilder text = new StringBuilder();
			List<Integer> owners = new ArrayList<>();
			for (int i = 0; i < line.size(); i++) {
				String word = TextFolding.fold(line.word(i).text());
				if (word.isEmpty()) {
					continue;
				}
				if (text.length() > 0) {
					boolean sameCell = line.cellOf(i) == line.cellOf(i - 1);
					text.append(sameCell ? ' ' : Line.CELL_BREAK);
					owners.add(-1);
				}
				text.append(word);
				for (int c = 0; c < word.length(); c++) {
					owners.add(i);
				}
			}
			return new FoldedLine(text.toString(), owners.stream().mapToInt(Integer::intValue).toArray());
		}
	}
}
