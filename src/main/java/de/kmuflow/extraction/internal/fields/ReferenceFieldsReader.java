package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the invoice number, the buyer's purchase order reference and the buyer reference
 * (Leitweg-ID or "Ihr Zeichen") from the reference-like tokens their labels point to.
 */
final class ReferenceFieldsReader {

	record References(Optional<Chosen<String>> invoiceNumber, Optional<Chosen<String>> purchaseOrder,
			Optional<Chosen<String>> buyerReference) {
	}

	private final InvoiceText text;
	private final ValueLocator locator;

	ReferenceFieldsReader(InvoiceText text) {
		this.text = text;
		this.locator = new ValueLocator(text);
	}

	References read() {
		Optional<Chosen<String>> invoiceNumber = choose(Set.of(LabelKind.INVOICE_NUMBER, LabelKind.DOCUMENT_TITLE));
		Optional<Chosen<String>> purchaseOrder = choose(Set.of(LabelKind.PURCHASE_ORDER));
		Optional<Chosen<String>> buyerReference = choose(Set.of(LabelKind.BUYER_REFERENCE));
		// one token cannot be two references: the stronger claim keeps it
		if (invoiceNumber.isPresent() && purchaseOrder.isPresent()
				&& invoiceNumber.get().value().equals(purchaseOrder.get().value())) {
			purchaseOrder = Optional.empty();
		}
		return new References(invoiceNumber, purchaseOrder, buyerReference);
	}

	private Optional<Chosen<String>> choose(Set<LabelKind> kinds) {
		List<Candidate<String>> candidates = new ArrayList<>();
		for (Line line : text.lines()) {
			for (LabelHit label : text.labels(line)) {
				if (!kinds.contains(label.kind())) {
					continue;
				}
				List<Located<String>> located = label.kind() == LabelKind.DOCUMENT_TITLE
						? titleNumber(label)
						: locator.locate(label, text::references);
				for (Located<String> value : located) {
					candidates.add(new Candidate<>(value.value(), value.score() * plausibility(value.value())
							* position(label.line())));
				}
			}
		}
		return Ranking.of(candidates).choose(0.2);
	}

	/** "Rechnung 2026-0042": only the token right after a title counts. */
	private List<Located<String>> titleNumber(LabelHit title) {
		List<Located<String>> located = locator.sameLine(title, text::references);
		return located.isEmpty() || located.get(0).found().firstWord() != title.lastWord() + 1 ? List.of()
				: List.of(located.get(0));
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
