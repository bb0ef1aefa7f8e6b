package de.kmuflow.invoice.rules;

import java.util.List;

import de.kmuflow.extraction.ExtractedInvoice;

/** How the invoice compares with the purchase order it names and the goods received of it. */
public final class OrderMatchRule implements InvoiceRule {

	public static final String ORDER_MATCH = "ORDER_MATCH";

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		return facts.orderMatch()
			.map(match -> List.of(Finding.info(ORDER_MATCH, "purchaseOrderReference", match.explanation())))
			.orElse(List.of());
	}
}
