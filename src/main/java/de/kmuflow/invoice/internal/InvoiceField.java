package de.kmuflow.invoice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;

import de.kmuflow.platform.GermanFormat;

/**
 * The invoice values a clerk sees and may correct, each with its text form for forms, the audit
 * trail and JSON. One place that knows how to read and write every field.
 */
enum InvoiceField {

	INVOICE_NUMBER("invoiceNumber", i -> i.invoiceNumber, (i, v) -> i.invoiceNumber = text(v)),
	ISSUE_DATE("issueDate", i -> i.issueDate, (i, v) -> i.issueDate = date(v)),
	DUE_DATE("dueDate", i -> i.dueDate, (i, v) -> i.dueDate = date(v)),
	DELIVERY_DATE("deliveryDate", i -> i.deliveryDate, (i, v) -> i.deliveryDate = date(v)),
	CURRENCY("currency", i -> i.currency, (i, v) -> i.currency = text(v) == null ? null : v.strip().toUpperCase()),
	SELLER_NAME("sellerName", i -> i.sellerName, (i, v) -> i.sellerName = text(v)),
	SELLER_ADDRESS("sellerAddress", i -> i.sellerAddress, (i, v) -> i.sellerAddress = text(v)),
	SELLER_VAT_ID("sellerVatId", i -> i.sellerVatId, (i, v) -> i.sellerVatId = compact(v)),
	SELLER_TAX_NUMBER("sellerTaxNumber", i -> i.sellerTaxNumber, (i, v) -> i.sellerTaxNumber = text(v)),
	SELLER_IBAN("sellerIban", i -> i.sellerIban, (i, v) -> i.sellerIban = compact(v)),
	BUYER_NAME("buyerName", i -> i.buyerName, (i, v) -> i.buyerName = text(v)),
	PURCHASE_ORDER_REFERENCE("purchaseOrderReference", i -> i.purchaseOrderReference,
			(i, v) -> i.purchaseOrderReference = text(v)),
	NET_TOTAL("netTotal", i -> i.netTotal, (i, v) -> i.netTotal = amount(v)),
	TAX_TOTAL("taxTotal", i -> i.taxTotal, (i, v) -> i.taxTotal = amount(v)),
	GROSS_TOTAL("grossTotal", i -> i.grossTotal, (i, v) -> i.grossTotal = amount(v)),
	CATEGORY("invoiceCategory", i -> i.category,
			(i, v) -> i.category = text(v) == null ? InvoiceEntity.DEFAULT_CATEGORY : v.strip()),
	COST_CENTRE("costCentre", i -> i.costCentre, (i, v) -> i.costCentre = text(v));

	final String key;
	private final Function<InvoiceEntity, Object> getter;
	private final BiConsumer<InvoiceEntity, String> setter;

	InvoiceField(String key, Function<InvoiceEntity, Object> getter, BiConsumer<InvoiceEntity, String> setter) {
		this.key = key;
		this.getter = getter;
		this.setter = setter;
	}

	String read(InvoiceEntity invoice) {
		Object value = getter.apply(invoice);
		if (value instanceof BigDecimal amount) {
			return amount.toPlainString();
		}
		return value == null ? null : value.toString();
	}

	/** The value as a German clerk reads and types it in a form: 1.946,25 and 18.03.2026. */
	String formText(InvoiceEntity invoice) {
		Object value = getter.apply(invoice);
		if (value instanceof BigDecimal amount) {
			return GermanFormat.amount(amount);
		}
		if (value instanceof LocalDate date) {
			return GermanFormat.date(date);
		}
		return value == null ? null : value.toString();
	}

	/** Sets the value from its text form; throws IllegalArgumentException with a clerk-readable message. */
	void write(InvoiceEntity invoice, String value) {
		setter.accept(invoice, value);
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String compact(String value) {
		return text(value) == null ? null : value.replaceAll("\\s+", "").toUpperCase();
	}

	/** German (18.03.2026) as typed in the form, or ISO as the REST API sends it. */
	private static LocalDate date(String value) {
		return GermanFormat.parseDate(value);
	}

	/** Accepts 1.234,56 and 1234,56 (German) as well as 1234.56. */
	static BigDecimal amount(String value) {
		BigDecimal amount = GermanFormat.parseAmount(value);
		return amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP);
	}
}
