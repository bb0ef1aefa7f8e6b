package de.kmuflow.suppliermemory.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What was learned about suppliers, as the REST API and the page show it to a clerk. */
final class SupplierMemoryViews {

	private SupplierMemoryViews() {
	}

	record SupplierView(UUID id, String name, String vatId, String iban, Instant createdAt, List<RuleView> rules) {

		static SupplierView of(SupplierMemoryEntity memory) {
			return new SupplierView(memory.id, memory.name, memory.vatId, memory.iban, memory.createdAt,
					memory.rules.stream().map(RuleView::of).toList());
		}
	}

	/**
	 * One learned rule: {@code where} and {@code format} say in German how the supplier prints the
	 * field; {@code value} is set for its own data and bookkeeping defaults.
	 */
	record RuleView(UUID id, String field, String fieldLabel, String placement, String where, String label,
			String format, String value, UUID learnedFrom, String learnedBy, Instant learnedAt, int applied,
			int missed) {

		static RuleView of(LearnedRuleEntity stored) {
			Rule rule = stored.rule();
			return new RuleView(stored.id, stored.field, rule.field().label, rule.placement().name(), SupplierMemoryViews.where(rule),
					rule.label(), rule.format(), rule.value(), stored.learnedFrom, stored.learnedBy, stored.learnedAt,
					stored.applied, stored.missed);
		}
	}

	static String where(Rule rule) {
		return switch (rule.placement()) {
			case RIGHT_OF_LABEL -> "rechts neben „" + rule.label() + "“, " + place(rule);
			case BELOW_LABEL -> "unter „" + rule.label() + "“, " + place(rule);
			case AT_POSITION -> "ohne Label, " + place(rule);
			case NOT_PRINTED -> rule.field().printed() ? "auf dem Beleg nicht gefunden" : "Buchungsvorgabe";
		};
	}

	/** The place as a clerk would point at it: page, and thirds of the page. */
	private static String place(Rule rule) {
		String vertical = rule.top() < 1.0 / 3 ? "oben" : rule.top() < 2.0 / 3 ? "Mitte" : "unten";
		String horizontal = rule.left() < 1.0 / 3 ? "links" : rule.left() < 2.0 / 3 ? "Mitte" : "rechts";
		String region = vertical.equals(horizontal) ? "Mitte" : vertical + " " + horizontal;
		return String.format(Locale.GERMAN, "Seite %d %s (%.0f %% von oben)", rule.page(), region, rule.top() * 100);
	}
}
