package de.kmuflow.extraction.internal.fields;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.internal.text.PageText;

/**
 * Fills an invoice's fields from the words of its pages and their positions, without templates:
 * the same rules read every issuer's layout. Each field found gets a confidence (0..1) under its
 * name; a field not found stays null and gets none.
 */
public final class InvoiceFieldExtractor {

	public void extract(List<PageText> pages, ExtractedInvoice.Builder into) {
		InvoiceText text = InvoiceText.of(pages);
		if (text.isEmpty()) {
			return;
		}
		LineItemTableReader.Items items = new LineItemTableReader(text).read();
		if (items.lines().isEmpty()) {
			items = new ReceiptLinesReader(text).read();
		}
		TotalsSolver.Totals totals = new TotalsReader(text, items.tableLines(), items.netSum()).read();
		ReferenceFieldsReader.References references = new ReferenceFieldsReader(text).read();
		DateFieldsReader.Dates dates = new DateFieldsReader(text).read();
		PartyBlockReader.Parties parties = new PartyBlockReader(text).read();
		SellerIdentifiersReader.Identifiers identifiers = new SellerIdentifiersReader(text).read();
		CashDiscountReader discounts = new CashDiscountReader(text);

		set(into, InvoiceField.INVOICE_NUMBER, references.invoiceNumber());
		set(into, InvoiceField.PURCHASE_ORDER_REFERENCE, references.purchaseOrder());
		set(into, InvoiceField.BUYER_REFERENCE, references.buyerReference());
		set(into, InvoiceField.ISSUE_DATE, dates.issueDate());
		set(into, InvoiceField.DUE_DATE, dates.dueDate());
		set(into, InvoiceField.DELIVERY_DATE, dates.deliveryDate());
		set(into, InvoiceField.SELLER_NAME, parties.sellerName());
		set(into, InvoiceField.SELLER_ADDRESS, parties.sellerAddress());
		set(into, InvoiceField.BUYER_NAME, parties.buyerName());
		set(into, InvoiceField.SELLER_VAT_ID, identifiers.vatId());
		set(into, InvoiceField.SELLER_TAX_NUMBER, identifiers.taxNumber());
		set(into, InvoiceField.SELLER_IBAN, identifiers.iban());
		set(into, InvoiceField.SELLER_BIC, identifiers.bic());
		set(into, InvoiceField.CURRENCY, new CurrencyReader(text).read());
		set(into, InvoiceField.NET_TOTAL, totals.net());
		set(into, InvoiceField.TAX_TOTAL, totals.tax());
		set(into, InvoiceField.GROSS_TOTAL, totals.gross());
		set(into, InvoiceField.PAYABLE_AMOUNT, totals.payable());
		set(into, "cashDiscount", discounts.read(), into::cashDiscount);
		if (!totals.breakdown().isEmpty()) {
			totals.breakdown().forEach(into::taxLine);
			into.confidence("taxBreakdown", totals.breakdownConfidence());
		}
		if (!items.lines().isEmpty()) {
			items.lines().forEach(into::line);
			into.confidence("lines", linesConfidence(items, totals));
		}
	}

	private static <T> void set(ExtractedInvoice.Builder into, InvoiceField<T> field, Optional<Chosen<T>> chosen) {
		set(into, field.name(), chosen, value -> into.set(field, value));
	}

	private static <T> void set(ExtractedInvoice.Builder into, String field, Optional<Chosen<T>> chosen,
			Consumer<T> setter) {
		chosen.ifPresent(c -> {
			setter.accept(c.value());
			into.confidence(field, c.confidence());
		});
	}

	/**
	 * Line items whose amounts add up to the net total are most likely complete; on a scan their
	 * descriptions are only as sure as the least sure word OCR read in them.
	 */
	private static double linesConfidence(LineItemTableReader.Items items, TotalsSolver.Totals totals) {
		BigDecimal sum = items.netSum();
		boolean addsUp = sum != null && (matches(sum, totals.net()) || matches(sum, totals.gross()));
		double read = items.tableLines().stream().mapToDouble(l -> l.confidence(0, l.size() - 1)).min().orElse(1);
		return Math.min(1, items.confidence() + (addsUp ? 0.2 : 0)) * (0.4 + 0.6 * read);
	}

	private static boolean matches(BigDecimal sum, Optional<Chosen<BigDecimal>> total) {
		return total.isPresent() && total.get().value().subtract(sum).abs().compareTo(new BigDecimal("0.011")) <= 0;
	}
}
