package de.kmuflow.extraction.internal.fields;

import java.math.BigDecimal;

/**
 * A number as printed on an invoice: its value, the currency next to it (ISO code, null when none
 * is shown) and how many decimals it was printed with.
 */
record Amount(BigDecimal value, String currency, int decimals) {

	/** Printed like money: two decimals or a currency beside it. */
	boolean looksLikeMoney() {
		return decimals == 2 || currency != null && decimals == 0;
	}
}
