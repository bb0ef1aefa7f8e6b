package de.kmuflow.suppliermemory.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiConsumer;

import de.kmuflow.extraction.ExtractedInvoice;

/**
 * The fields the memory learns, by their name in the JSON contract, and how their values behave: a
 * date or amount changes from invoice to invoice and is re-read by label and format, a reference by
 * label and shape; a supplier's own data stays the same and is taken as learned when the page shows
 * it; bookkeeping defaults are not printed at all.
 */
enum MemoryField {

	INVOICE_NUMBER("invoiceNumber", "Rechnungsnummer", Kind.REFERENCE, (b, v) -> b.invoiceNumber((String) v)),
	PURCHASE_ORDER_REFERENCE("purchaseOrderReference", "Bestellnummer", Kind.REFERENCE,
			(b, v) -> b.purchaseOrderReference((String) v)),
	BUYER_REFERENCE("buyerReference", "Käuferreferenz", Kind.REFERENCE, (b, v) -> b.buyerReference((String) v)),
	ISSUE_DATE("issueDate", "Rechnungsdatum", Kind.DATE, (b, v) -> b.issueDate((LocalDate) v)),
	DUE_DATE("dueDate", "Fälligkeit", Kind.DATE, (b, v) -> b.dueDate((LocalDate) v)),
	DELIVERY_DATE("deliveryDate", "Leistungsdatum", Kind.DATE, (b, v) -> b.deliveryDate((LocalDate) v)),
	NET_TOTAL("netTotal", "Nettobetrag", Kind.AMOUNT, (b, v) -> b.netTotal((BigDecimal) v)),
	TAX_TOTAL("taxTotal", "Umsatzsteuer", Kind.AMOUNT, (b, v) -> b.taxTotal((BigDecimal) v)),
	GROSS_TOTAL("grossTotal", "Bruttobetrag", Kind.AMOUNT, (b, v) -> b.grossTotal((BigDecimal) v)),
	PAYABLE_AMOUNT("payableAmount", "Zahlbetrag", Kind.AMOUNT, (b, v) -> b.payableAmount((BigDecimal) v)),
	SELLER_NAME("sellerName", "Lieferant", Kind.SUPPLIER_DATA, (b, v) -> b.sellerName((String) v)),
	SELLER_ADDRESS("sellerAddress", "Anschrift", Kind.SUPPLIER_DATA, (b, v) -> b.sellerAddress((String) v)),
	SELLER_VAT_ID("sellerVatId", "USt-IdNr.", Kind.SUPPLIER_DATA, (b, v) -> b.sellerVatId((String) v)),
	SELLER_TAX_NUMBER("sellerTaxNumber", "Steuernummer", Kind.SUPPLIER_DATA, (b, v) -> b.sellerTaxNumber((String) v)),
	SELLER_IBAN("sellerIban", "IBAN", Kind.SUPPLIER_DATA, (b, v) -> b.sellerIban((String) v)),
	SELLER_BIC("sellerBic", "BIC", Kind.SUPPLIER_DATA, (b, v) -> b.sellerBic((String) v)),
	CURRENCY("currency", "Währung", Kind.SUPPLIER_DATA, (b, v) -> b.currency((String) v)),
	BUYER_NAME("buyerName", "Empfänger", Kind.SUPPLIER_DATA, (b, v) -> b.buyerName((String) v)),
	INVOICE_CATEGORY("invoiceCategory", "Kategorie", Kind.BOOKKEEPING, null),
	COST_CENTRE("costCentre", "Kostenstelle", Kind.BOOKKEEPING, null),
	EXPENSE_ACCOUNT("expenseAccount", "Aufwandskonto", Kind.BOOKKEEPING, null);

	enum Kind {
		DATE, AMOUNT, REFERENCE, SUPPLIER_DATA, BOOKKEEPING
	}

	final String key;
	final String label;
	final Kind kind;
	private final BiConsumer<ExtractedInvoice.Builder, Object> setter;

	MemoryField(String key, String label, Kind kind, BiConsumer<ExtractedInvoice.Builder, Object> setter) {
		this.key = key;
		this.label = label;
		this.kind = kind;
		this.setter = setter;
	}

	static Optional<MemoryField> byKey(String key) {
		return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
	}

	boolean printed() {
		return kind != Kind.BOOKKEEPING;
	}

	void set(ExtractedInvoice.Builder invoice, Object value) {
		setter.accept(invoice, value);
	}

	/** The field's value in its typed form from the text form corrections carry (ISO dates, dot amounts). */
	Object typed(String text) {
		return switch (kind) {
			case DATE -> LocalDate.parse(text);
			case AMOUNT -> new BigDecimal(text);
			default -> text;
		};
	}
}
