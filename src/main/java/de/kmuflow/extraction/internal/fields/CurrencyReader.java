package de.kmuflow.extraction.internal.fields;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The invoice's currency: the one printed beside its amounts ("€", "EUR", "$", "CHF", ...), or
 * named once for all in a column header ("Betrag EUR"). Nothing printed, nothing chosen: EUR is
 * never assumed.
 */
final class CurrencyReader {

	private final InvoiceText text;

	CurrencyReader(InvoiceText text) {
		this.text = text;
	}

	Optional<Chosen<String>> read() {
		Map<String, Integer> beside = new HashMap<>();
		Map<String, Integer> named = new HashMap<>();
		for (Line line : text.lines()) {
			for (Found<Amount> amount : text.amounts(line)) {
				if (amount.value().currency() != null) {
					beside.merge(amount.value().currency(), 1, Integer::sum);
				}
			}
			for (var word : line.words()) {
				String code = code(ReferenceParser.strip(word.text().replace("(", "").replace(")", "")));
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
		return named.entrySet().stream()
			.max(Map.Entry.comparingByValue())
			.map(e -> new Chosen<>(e.getKey(), 0.7));
	}

	private static String code(String word) {
		return switch (word) {
			case "€", "EUR", "Euro", "EURO" -> "EUR";
			case "USD", "US$" -> "USD";
			case "CHF" -> "CHF";
			case "GBP", "£" -> "GBP";
			default -> null;
		};
	}
}
