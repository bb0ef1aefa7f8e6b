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
		Map<String, Double> votes = new HashMap<>();
		boolean decimals = text.lines().stream().flatMap(l -> text.amounts(l).stream()).anyMatch(a -> a.value().decimals() == 2);
		for (Line line : text.lines()) {
			for (Found<Amount> amount : text.amounts(line)) {
				if (amount.value().currency() != null) {
					// "$ 33" may be OCR's reading of "§ 33": beside amounts with decimals a sign before a whole number is no vote
					double vote = amount.value().decimals() == 2 ? 1.0 : decimals ? 0 : 0.2;
					votes.merge(amount.value().currency(), vote, Double::sum);
				}
			}
			for (var word : line.words()) {
				String code = commonCode(ReferenceParser.strip(word.text().replace("(", "").replace(")", "")));
				if (code != null) {
					// named once for all ("Gesamtbetrag EUR", "alle Beträge in EUR")
					votes.merge(code, 0.5, Double::sum);
				}
			}
		}
		Optional<Map.Entry<String, Double>> best = votes.entrySet().stream().max(Map.Entry.comparingByValue());
		if (best.isEmpty() || best.get().getValue() <= 0) {
			return Optional.empty();
		}
		double all = votes.values().stream().mapToDouble(Double::doubleValue).sum();
		double share = best.get().getValue() / all;
		double weight = Math.min(1, best.get().getValue());
		return Optional.of(new Chosen<>(best.get().getKey(), (0.7 + 0.29 * share) * (0.6 + 0.4 * weight)));
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
