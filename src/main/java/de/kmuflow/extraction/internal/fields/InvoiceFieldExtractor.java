package de.kmuflow.extraction.internal.fields;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import de.kmuflow.extraction.ExtractedInvoice;
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

		set(into, "invoiceNumber", references.invoiceNumber(), into::invoiceNumber);
		set(into, "purchaseOrderReference", references.purchaseOrder(), into::purchaseOrderReference);
		set(into, "buyerReference", references.buyerReference(), into::buyerReference);
		set(into, "issueDate", dates.issueDate(), into::issueDate);
		set(into, "dueDate", dates.dueDate(), into::dueDate);
		set(into, "deliveryDate", dates.deliveryDate(), into::deliveryDate);
		set(into, "sellerName", parties.sellerName(), into::sellerName);
		set(into, "sellerAddress", parties.sellerAddress(), into::sellerAddress);
		set(into, "buyerName", parties.buyerName(), into::buyerName);
		set(into, "sellerVatId", identifiers.vatId(), into::sellerVatId);
		set(into, "sellerTaxNumber", identifiers.taxNumber(), into::sellerTaxNumber);
		set(into, "sellerIban", identifiers.iban(), into::sellerIban);
		set(into, "sellerBic", identifiers.bic(), into::sellerBic);
		set(into, "currency", new CurrencyReader(text).read(), into::currency);
		set(into, "netTotal", totals.net(), into::netTotal);
		set(into, "taxTotal", totals.tax(), into::taxTotal);
		set(into, "grossTotal", totals.gross(), into::grossTotal);
		set(into, "payableAmount", totals.payable(), into::payableAmount);
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
