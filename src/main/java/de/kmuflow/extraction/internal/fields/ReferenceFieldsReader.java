package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the invoice number, the buyer's purchase order reference and the buyer reference
 * (Leitweg-ID or "Ihr Zeichen"). An invoice number is a reference token. An order or buyer
 * reference is what its field holds: the cell after "Ihr Auftrag:" or under "Ihr Zeichen" may be a
 * phrase ("Rahmenvertrag RV-2025-11", "Umbau Ausstellungsraum"); in running text without a colon
 * only the token after the label counts.
 */
final class ReferenceFieldsReader {

	/** "4711 vom 01.03.2026": the date says when the order was placed, it is not part of its number. */
	private static final Pattern TOKEN_WITH_DATE = Pattern.compile("^(\\S*\\d\\S*) (vom|from|dated|of|du|van) .*\\d{2,4}\\.?$");

	private static final Pattern GLOBAL_IDENTIFIER = Pattern.compile("\\(?(gln|gtin|ean|iln|upc|isbn)\\)?");

	record References(Optional<Chosen<String>> invoiceNumber, Optional<Chosen<String>> purchaseOrder,
			Optional<Chosen<String>> buyerReference) {
	}

	private final InvoiceText text;
	private final ValueLocator locator;
	private final DateParser dates = new DateParser();

	ReferenceFieldsReader(InvoiceText text) {
		this.text = text;
		this.locator = new ValueLocator(text);
	}

	References read() {
		Optional<Chosen<String>> invoiceNumber = choose(Set.of(LabelKind.INVOICE_NUMBER, LabelKind.DOCUMENT_TITLE), false);
		Optional<Chosen<String>> purchaseOrder = choose(Set.of(LabelKind.PURCHASE_ORDER), true);
		Optional<Chosen<String>> buyerReference = choose(Set.of(LabelKind.BUYER_REFERENCE), true);
		// one token cannot be two references: the stronger claim keeps it
		if (invoiceNumber.isPresent() && purchaseOrder.isPresent()
				&& invoiceNumber.get().value().equals(purchaseOrder.get().value())) {
			purchaseOrder = Optional.empty();
		}
		return new References(invoiceNumber, purchaseOrder, buyerReference);
	}

	private Optional<Chosen<String>> choose(Set<LabelKind> kinds, boolean phrases) {
		List<Candidate<String>> candidates = new ArrayList<>();
		for (Line line : text.lines()) {
			for (LabelHit label : text.labels(line)) {
				if (!kinds.contains(label.kind())) {
					continue;
				}
				if (label.kind() == LabelKind.INVOICE_NUMBER && label.strength() < 0.5
						&& (isQualified(label) || inPartySection(label.line()))) {
					continue;
				}
				List<Located<String>> located = label.kind() == LabelKind.DOCUMENT_TITLE ? titleNumber(label)
						: locator.locate(label, text::references);
				double tokenWeight = (phrases ? 0.85 : 1.0) * (followsTitle(label) ? 2.5 : 1.0);
				for (Located<String> value : located) {
					double identifier = phrases ? 1 : identifierWeight(value.found());
					candidates.add(new Candidate<>(value.value(),
							value.score() * tokenWeight * identifier * plausibility(value.value()) * position(label.line())));
				}
				if (phrases) {
					phrase(label).ifPresent(c -> candidates.add(new Candidate<>(c.value(), c.score() * position(label.line()))));
				}
			}
		}
		return Ranking.of(candidates).choose(0.2);
	}

	/** "Rechnung 2026-0042" as a title: only the token right after a title that begins its cell. */
	private List<Located<String>> titleNumber(LabelHit title) {
		boolean startsCell = title.firstWord() == 0 || title.line().cellOf(title.firstWord() - 1) != title.line().cellOf(title.firstWord());
		List<Located<String>> located = locator.sameLine(title, text::references);
		if (!startsCell || located.isEmpty() || located.get(0).found().firstWord() != title.lastWord() + 1
				|| located.get(0).found().printed().startsWith("(")) {
			// "Rechnungskorrektur (384) Nr. RK21012345": a bracketed code after the title is its type
			return List.of();
		}
		return List.of(located.get(0));
	}

	/** "Handelsrechnung Nr.", "Gutschrift (381) Nr.": a bare "Nr" right after the title numbers the document. */
	private boolean followsTitle(LabelHit label) {
		if (label.kind() != LabelKind.INVOICE_NUMBER || label.strength() >= 0.5) {
			return false;
		}
		Line line = label.line();
		int before = label.firstWord() - 1;
		// OCR's tight word boxes may put a cell break after the bracketed type code
		boolean typeCode = before >= 0 && line.word(before).text().matches("\\(\\w+\\)");
		if (typeCode) {
			before--;
		}
		int word = before;
		boolean sameCell = word >= 0 && line.cellOf(word) == line.cellOf(typeCode ? word + 1 : label.firstWord());
		return sameCell && text.labels(line).stream()
			.anyMatch(h -> h.kind() == LabelKind.DOCUMENT_TITLE && h.lastWord() == word);
	}

	/** "Globale Nummer", "Interne Nr": a bare "Nummer" qualified by a word before it numbers something else. */
	private boolean isQualified(LabelHit label) {
		int before = label.firstWord() - 1;
		if (before < 0 || label.line().cellOf(before) != label.line().cellOf(label.firstWord())
				|| text.hasLabelAt(label.line(), before)) {
			return false;
		}
		return label.line().word(before).text().chars().allMatch(Character::isLetter);
	}

	/**
	 * Under a heading "Verkäufer", "Käufer" or "Lieferadresse" a bare "Nummer" is the party's
	 * number (customer or supplier number), not the invoice's.
	 */
	private boolean inPartySection(Line line) {
		Line below = line;
		for (int offset = 1; offset <= 6; offset++) {
			Line above = text.neighbour(line, -offset);
			if (above == null || below.top() - above.bottom() > 2.5 * Math.max(above.height(), below.height())) {
				return false;
			}
			boolean heading = text.labels(above).stream().anyMatch(h -> h.strength() >= 0.9 && text.headsSection(h));
			if (heading) {
				return true;
			}
			below = above;
		}
		return false;
	}

	/** "4000001123452 (GLN)", "GLN 4000001123452", "EAN: ...": a global location or article number. */
	private static double identifierWeight(Found<String> found) {
		Line line = found.line();
		String before = found.firstWord() > 0 ? TextFolding.fold(line.word(found.firstWord() - 1).text()) : "";
		String after = found.lastWord() + 1 < line.size() ? TextFolding.fold(line.word(found.lastWord() + 1).text()) : "";
		return GLOBAL_IDENTIFIER.matcher(before).matches() || GLOBAL_IDENTIFIER.matcher(after).matches() ? 0.2 : 1.0;
	}

	/** The field's whole text: after "Label:" in its cell, in the next cell, or in the cell below. */
	private Optional<Candidate<String>> phrase(LabelHit label) {
		Line line = label.line();
		int cellEnd = cellEnd(line, label.lastWord());
		boolean colon = line.word(label.lastWord()).text().endsWith(":");
		if (label.lastWord() < cellEnd) {
			return colon ? candidate(line.text(label.lastWord() + 1, cellEnd), label.strength()) : Optional.empty();
		}
		if (cellEnd + 1 < line.size()) {
			int next = cellEnd + 1;
			return startsWithLabel(line, next) ? Optional.empty()
					: candidate(line.text(next, cellEnd(line, next)), label.strength() * 0.95);
		}
		return cellBelow(label).flatMap(cell -> candidate(cell, label.strength() * 0.85));
	}

	private Optional<String> cellBelow(LabelHit label) {
		Line next = text.neighbour(label.line(), 1);
		if (next == null || next.top() - label.line().bottom() > 2.5 * label.line().height()) {
			return Optional.empty();
		}
		double tolerance = label.line().height();
		for (int[] cell : next.cells()) {
			double x = next.word(cell[0]).x();
			double right = next.word(cell[1]).right();
			boolean under = Math.abs(x - label.x()) < tolerance || x < label.right() && right > label.x();
			boolean owned = text.labels(label.line()).stream()
				.noneMatch(other -> other != label && Math.abs(x - other.x()) < Math.abs(x - label.x()));
			if (under && owned && !startsWithLabel(next, cell[0])) {
				return Optional.of(next.text(cell[0], cell[1]));
			}
		}
		return Optional.empty();
	}

	private Optional<Candidate<String>> candidate(String phrase, double score) {
		String value = ReferenceParser.strip(phrase.trim());
		var withDate = TOKEN_WITH_DATE.matcher(value);
		if (withDate.matches()) {
			value = ReferenceParser.strip(withDate.group(1));
		}
		boolean meaningful = value.chars().anyMatch(Character::isLetterOrDigit) && value.length() <= 60;
		if (!meaningful || dates.parse(value).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(new Candidate<>(value, score));
	}

	private static int cellEnd(Line line, int word) {
		int end = word;
		while (end + 1 < line.size() && line.cellOf(end + 1) == line.cellOf(word)) {
			end++;
		}
		return end;
	}

	private boolean startsWithLabel(Line line, int word) {
		return text.labels(line).stream().anyMatch(h -> h.firstWord() == word && h.strength() >= 0.5);
	}

	/** Header fields sit on the first page, mostly in its upper half. */
	private static double position(Line line) {
		if (line.page() > 1) {
			return 0.6;
		}
		return line.relativeY() < 0.5 ? 1.0 : 0.8;
	}

	/** A bare year or a one-digit token is seldom a reference. */
	private static double plausibility(String reference) {
		if (reference.matches("(19|20)\\d\\d")) {
			return 0.5;
		}
		return reference.length() <= 2 ? 0.6 : 1.0;
	}
}
