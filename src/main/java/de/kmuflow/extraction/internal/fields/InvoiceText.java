package de.kmuflow.extraction.internal.fields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import de.kmuflow.extraction.internal.text.PageText;

/**
 * The lines of one document with their labels, and the typed values on each line, read once and
 * kept: every reader of a field looks at the same candidates.
 */
final class InvoiceText {

	private static final LabelLexicon LEXICON = new LabelLexicon();
	/** Words between a total label and a tax label that make the tax label a qualifier of the total. */
	private static final java.util.Set<String> QUALIFIERS = java.util.Set.of("zzgl", "zuzueglich", "exkl", "excl",
			"exklusive", "inkl", "incl", "inklusive", "plus", "ohne", "o", "vor", "before", "excluding", "including");

	private final List<Line> lines;
	private final NumberStyle style;
	private final AmountParser amountParser;
	private final DateParser dateParser;
	private final PercentParser percentParser = new PercentParser();
	private final ReferenceParser referenceParser = new ReferenceParser();
	private final Map<Line, List<LabelHit>> labels = new IdentityHashMap<>();
	private final Map<Line, List<Found<Amount>>> amounts = new IdentityHashMap<>();
	private final Map<Line, List<Found<LocalDate>>> dates = new IdentityHashMap<>();
	private final Map<Line, List<Found<BigDecimal>>> percents = new IdentityHashMap<>();
	private final Map<Line, List<Found<String>>> references = new IdentityHashMap<>();
	private final Map<Line, List<Found<String>>> phrases = new IdentityHashMap<>();

	InvoiceText(List<Line> lines) {
		this.lines = List.copyOf(lines);
		this.style = NumberStyle.detect(this.lines);
		this.amountParser = new AmountParser(style);
		this.dateParser = new DateParser(DateParser.monthFirst(this.lines, style));
		for (Line line : this.lines) {
			labels.put(line, LEXICON.find(line));
		}
	}

	static InvoiceText of(List<PageText> pages) {
		return new InvoiceText(new LineGrouper().group(pages));
	}

	List<Line> lines() {
		return lines;
	}

	boolean isEmpty() {
		return lines.isEmpty();
	}

	AmountParser amountParser() {
		return amountParser;
	}

	int lastPage() {
		return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).page();
	}

	List<Line> page(int number) {
		return lines.stream().filter(l -> l.page() == number).toList();
	}

	List<LabelHit> labels(Line line) {
		return labels.getOrDefault(line, List.of());
	}

	List<LabelHit> labels(LabelKind kind) {
		return lines.stream().flatMap(l -> labels(l).stream()).filter(h -> h.kind() == kind).toList();
	}

	boolean hasLabel(Line line, LabelKind kind) {
		return labels(line).stream().anyMatch(h -> h.kind() == kind);
	}

	/**
	 * A tax label that only qualifies the total before it: "Nettobetrag (zzgl. 19,00 % MwSt.)
	 * 376,37" prints the net, not the tax. Between the two labels stand only such qualifying words,
	 * brackets and a rate.
	 */
	boolean qualifiesTotalBefore(LabelHit label) {
		if (label.kind() != LabelKind.TAX_TOTAL) {
			return false;
		}
		Line line = label.line();
		LabelHit total = labels(line).stream()
			.filter(h -> h.lastWord() < label.firstWord())
			.filter(h -> h.kind() == LabelKind.NET_TOTAL || h.kind() == LabelKind.GROSS_TOTAL || h.kind() == LabelKind.TOTAL)
			.reduce((first, second) -> second)
			.orElse(null);
		if (total == null || total.lastWord() + 1 == label.firstWord() && !line.word(label.firstWord()).text().startsWith("(")) {
			return false;
		}
		List<Found<BigDecimal>> rates = percents(line);
		for (int i = total.lastWord() + 1; i < label.firstWord(); i++) {
			int word = i;
			String folded = TextFolding.fold(line.word(i).text()).trim();
			boolean rate = rates.stream().anyMatch(r -> r.firstWord() <= word && word <= r.lastWord());
			if (!rate && !QUALIFIERS.contains(folded) && !folded.isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/** Whether a label covers the word. */
	boolean hasLabelAt(Line line, int word) {
		return labels(line).stream().anyMatch(h -> h.firstWord() <= word && word <= h.lastWord());
	}

	List<Found<Amount>> amounts(Line line) {
		return amounts.computeIfAbsent(line, amountParser::find);
	}

	List<Found<LocalDate>> dates(Line line) {
		return dates.computeIfAbsent(line, dateParser::find);
	}

	List<Found<BigDecimal>> percents(Line line) {
		return percents.computeIfAbsent(line, percentParser::find);
	}

	List<Found<String>> references(Line line) {
		return references.computeIfAbsent(line, referenceParser::find);
	}

	/** Runs of words inside one cell that no label covers: the free text values of a line. */
	List<Found<String>> phrases(Line line) {
		return phrases.computeIfAbsent(line, l -> {
			List<Found<String>> found = new java.util.ArrayList<>();
			int start = -1;
			for (int i = 0; i <= l.size(); i++) {
				int word = i;
				boolean free = i < l.size() && labels(l).stream().noneMatch(h -> h.firstWord() <= word && word <= h.lastWord());
				boolean sameCell = start >= 0 && i < l.size() && l.cellOf(i) == l.cellOf(start);
				if (start >= 0 && (!free || !sameCell)) {
					found.add(new Found<>(l.text(start, i - 1), l, start, i - 1));
					start = -1;
				}
				if (free && start < 0) {
					start = i;
				}
			}
			return found;
		});
	}

	/**
	 * A party label heading a section: "Verkäufer", "Käufer:", "Informationen zum Verkäufer", with
	 * no value after it on its line (the section's fields follow below).
	 */
	boolean headsSection(LabelHit label) {
		boolean party = label.kind() == LabelKind.SELLER_PARTY || label.kind() == LabelKind.BUYER_PARTY
				|| label.kind() == LabelKind.DELIVERY_PARTY;
		return party && phrases(label.line()).stream()
			.noneMatch(p -> p.firstWord() > label.lastWord() && p.value().chars().anyMatch(Character::isLetterOrDigit));
	}

	/** The line before or after a line on the same page, or null. */
	Line neighbour(Line line, int offset) {
		int index = line.index() + offset;
		if (index < 0 || index >= lines.size() || lines.get(index).page() != line.page()) {
			return null;
		}
		return lines.get(index);
	}

	/** The lines with their labels, one per row, for reading what the extractor saw. */
	String describe() {
		StringBuilder description = new StringBuilder();
		for (Line line : lines) {
			description.append(line);
			for (LabelHit hit : labels(line)) {
				description.append("  [").append(hit.kind()).append(' ').append(hit.strength()).append(' ')
					.append(line.text(hit.firstWord(), hit.lastWord())).append(']');
			}
			description.append('\n');
		}
		return description.toString();
	}
}
