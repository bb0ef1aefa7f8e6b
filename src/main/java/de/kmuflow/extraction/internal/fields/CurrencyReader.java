package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The invoice's currency: named by a label ("Währung: EUR"), or printed beside its amounts ("€",
 * "EUR", "DKK", ...), or named once for all in a column header ("Betrag EUR"). Nothing printed,
 * nothing chosen: EUR is never assumed.
 */
final class CurrencyReader {

	private final InvoiceText text;

	CurrencyReader(InvoiceText text) {
		this.text = text;
	}

	Optional<Chosen<String>> read() {
		Optional<Chosen<String>> labeled = labeled();
		if (labeled.isPresent()) {
			return labeled;
		}
		Map<String, Integer> beside = new HashMap<>();
		Map<String, Integer> named = new HashMap<>();
		for (Line line : text.lines()) {
			for (Found<Amount> amount : text.amounts(line)) {
				if (amount.value().currency() != null) {
					beside.merge(amount.value().currency(), 1, Integer::sum);
				}
			}
			for (var word : line.words()) {
				String code = commonCode(ReferenceParser.strip(word.text().replace("(", "").replace(")", "")));
				if (code != null) {
					named.merge(code, 1, Integer::sum);
				}
			}
		}
		Optional<Map.Entry<String, Integer>> best = beside.entrySet().stream().max(Map.Entry.comparingByValue());
		if (best.isPresent()) {
			int all = beside.values().stream().mapToInt(Integer::intValue).sum();
			return Optional.of(new Chosen<>(best.get().getKey(), 0.7 + 0.29 * best.get().getValue() / all));
		}
		return named.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> new Chosen<>(e.getKey(), 0.7));
	}

	private Optional<Chosen<String>> labeled() {
		List<Candidate<String>> candidates = new ArrayList<>();
		ValueLocator locator = new ValueLocator(text);
		for (LabelHit label : text.labels(LabelKind.CURRENCY)) {
			for (Located<String> located : locator.locate(label, CurrencyReader::codes)) {
				candidates.add(new Candidate<>(located.value(), located.score()));
			}
		}
		return Ranking.of(candidates).choose(0.3);
	}

	/** ISO codes and the common symbols among the words of a line. */
	private static List<Found<String>> codes(Line line) {
		List<Found<String>> found = new ArrayList<>();
		for (int i = 0; i < line.size(); i++) {
			String word = ReferenceParser.strip(line.word(i).text().replace("(", "").replace(")", ""));
			String code = AmountParser.isCurrencyCode(word) ? word : commonCode(word);
			if (code != null) {
				found.add(new Found<>(code, line, i, i));
			}
		}
		return found;
	}

	private static String commonCode(String word) {
		return switch (word) {
			case "€", "EUR", "Euro", "EURO" -> "EUR";
			case "USD", "US$", "$" -> "USD";
			case "CHF" -> "CHF";
			case "GBP", "£" -> "GBP";
			default -> null;
		};
	}
}
