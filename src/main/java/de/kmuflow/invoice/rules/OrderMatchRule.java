package de.kmuflow.invoice.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.inventory.OrderMatch;

/** How the invoice compares with the purchase order it names and the goods received of it. */
public final class OrderMatchRule implements InvoiceRule {

	public static final String ORDER_MATCH = "ORDER_MATCH";

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		return facts.orderMatch().map(match -> List.of(finding(match))).orElse(List.of());
	}

	/** The comparison as the purchasing side explained it, with its values for other languages. */
	private static Finding finding(OrderMatch match) {
		Finding finding = Finding.info(ORDER_MATCH, "purchaseOrderReference", match.explanation());
		if (match.invoicedNet() == null) {
			return finding.saying("noNet");
		}
		if (!match.fullyReceived()) {
			return finding.saying("notReceived", match.purchaseOrderNumber(),
					Finding.amount(match.receivedValue(), "EUR"), Finding.amount(match.orderedValue(), "EUR"));
		}
		BigDecimal received = match.receivedValue();
		BigDecimal percent = received == null || received.signum() == 0 ? HUNDRED
				: match.invoicedNet().abs().subtract(received).abs().multiply(HUNDRED).divide(received, 2,
						RoundingMode.HALF_UP);
		return finding.saying(match.agrees() ? "within" : "outside", match.purchaseOrderNumber(),
				Finding.amount(received, "EUR"), Finding.amount(match.invoicedNet(), "EUR"), Finding.rate(percent));
	}
}
