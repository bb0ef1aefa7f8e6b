package de.kmuflow.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.kmuflow.samples.model.CashDiscountTerm;
import de.kmuflow.samples.model.Line;
import de.kmuflow.samples.model.Party;
import de.kmuflow.samples.model.SampleInvoice;
import de.kmuflow.samples.model.TaxAmount;
import de.kmuflow.samples.model.Totals;

/**
 * The values a reader should extract from a sample, in the field names of the CLI contract. Made from
 * the same invoice object that drew the document; a value the document does not show is null.
 */
final class ExpectedJson {

	private ExpectedJson() {
	}

	static Map<String, Object> of(String file, String kind, SampleInvoice invoice) {
		Totals totals = invoice.totals();
		Party seller = invoice.seller();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("file", file);
		json.put("kind", kind);
		json.put("invoiceNumber", invoice.number());
		json.put("issueDate", iso(invoice.issueDate()));
		json.put("dueDate", iso(invoice.dueDate()));
		json.put("deliveryDate", iso(invoice.deliveryDate()));
		json.put("currency", invoice.currency());
		json.put("sellerName", seller.name());
		json.put("sellerVatId", seller.vatId());
		json.put("sellerTaxNumber", seller.taxNumber());
		json.put("sellerIban", seller.iban());
		json.put("buyerName", invoice.buyer() == null ? null : invoice.buyer().name());
		json.put("buyerReference", invoice.buyerReference());
		json.put("purchaseOrderReference", invoice.purchaseOrderReference());
		json.put("netTotal", invoice.netTotalShown() ? amount(totals.net()) : null);
		json.put("taxTotal", invoice.taxShown() ? amount(totals.tax()) : null);
		json.put("grossTotal", amount(totals.gross()));
		json.put("payableAmount", amount(invoice.payable()));
		List<Map<String, Object>> breakdown = new ArrayList<>();
		for (TaxAmount rate : totals.byRate()) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("rate", amount(rate.rate()));
			line.put("net", invoice.netTotalShown() ? amount(rate.net()) : null);
			line.put("tax", invoice.taxShown() ? amount(rate.tax()) : null);
			breakdown.add(line);
		}
		json.put("taxBreakdown", breakdown);
		List<Map<String, Object>> lines = new ArrayList<>();
		for (Line line : invoice.lines()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("description", line.description());
			if (invoice.grossPrices()) {
				// a till receipt prints "2 x" only for quantities other than one, and gross amounts, never net ones
				entry.put("quantity", line.quantity().compareTo(BigDecimal.ONE) == 0 ? null : quantity(line.quantity()));
				entry.put("unitPrice", null);
				entry.put("net", null);
			}
			else {
				entry.put("quantity", quantity(line.quantity()));
				entry.put("unitPrice", price(line.unitPrice()));
				entry.put("net", amount(line.amount()));
			}
			lines.add(entry);
		}
		json.put("lines", lines);
		json.put("cashDiscount", cashDiscount(invoice.cashDiscount()));
		return json;
	}

	private static Map<String, Object> cashDiscount(CashDiscountTerm term) {
		if (term == null) {
			return null;
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("percent", amount(term.percent()));
		json.put("days", term.days());
		json.put("dueDate", iso(term.until()));
		return json;
	}

	private static String iso(LocalDate date) {
		return date == null ? null : date.toString();
	}

	static String amount(BigDecimal value) {
		return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}

	private static String price(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return value.setScale(Math.max(2, stripped.scale()), RoundingMode.UNNECESSARY).toPlainString();
	}

	private static String quantity(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
	}
}
