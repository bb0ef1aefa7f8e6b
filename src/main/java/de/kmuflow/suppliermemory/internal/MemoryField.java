package de.kmuflow.suppliermemory.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;

/**
 * The fields the memory learns, by their name in the JSON contract, and how their values behave: a
 * date or amount changes from invoice to invoice and is re-read by label and format, a reference by
 * label and shape; a supplier's own data stays the same and is taken as learned when the page shows
 * it; bookkeeping defaults are not printed at all.
 */
enum MemoryField {

	INVOICE_NUMBER("invoiceNumber", "Rechnungsnummer", Kind.REFERENCE),
	PURCHASE_ORDER_REFERENCE("purchaseOrderReference", "Bestellnummer", Kind.REFERENCE),
	BUYER_REFERENCE("buyerReference", "Käuferreferenz", Kind.REFERENCE),
	ISSUE_DATE("issueDate", "Rechnungsdatum", Kind.DATE),
	DUE_DATE("dueDate", "Fälligkeit", Kind.DATE),
	DELIVERY_DATE("deliveryDate", "Leistungsdatum", Kind.DATE),
	NET_TOTAL("netTotal", "Nettobetrag", Kind.AMOUNT),
	TAX_TOTAL("taxTotal", "Umsatzsteuer", Kind.AMOUNT),
	GROSS_TOTAL("grossTotal", "Bruttobetrag", Kind.AMOUNT),
	PAYABLE_AMOUNT("payableAmount", "Zahlbetrag", Kind.AMOUNT),
	SELLER_NAME("sellerName", "Lieferant", Kind.SUPPLIER_DATA),
	SELLER_ADDRESS("sellerAddress", "Anschrift", Kind.SUPPLIER_DATA),
	SELLER_VAT_ID("sellerVatId", "USt-IdNr.", Kind.SUPPLIER_DATA),
	SELLER_TAX_NUMBER("sellerTaxNumber", "Steuernummer", Kind.SUPPLIER_DATA),
	SELLER_IBAN("sellerIban", "IBAN", Kind.SUPPLIER_DATA),
	SELLER_BIC("sellerBic", "BIC", Kind.SUPPLIER_DATA),
	CURRENCY("currency", "Währung", Kind.SUPPLIER_DATA),
	BUYER_NAME("buyerName", "Empfänger", Kind.SUPPLIER_DATA),
	INVOICE_CATEGORY("invoiceCategory", "Kategorie", Kind.BOOKKEEPING),
	COST_CENTRE("costCentre", "Kostenstelle", Kind.BOOKKEEPING),
	EXPENSE_ACCOUNT("expenseAccount", "Aufwandskonto", Kind.BOOKKEEPING);

	enum Kind {
		DATE, AMOUNT, REFERENCE, SUPPLIER_DATA, BOOKKEEPING
	}

	final String key;
	final String label;
	final Kind kind;

	MemoryField(String key, String label, Kind kind) {
		this.key = key;
		this.label = label;
		this.kind = kind;
	}

	static Optional<MemoryField> byKey(String key) {
		return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
	}

	boolean printed() {
		return kind != Kind.BOOKKEEPING;
	}

	/** Sets the value through the field catalogue, where every field is read and written. */
	void set(ExtractedInvoice.Builder invoice, Object value) {
		set(invoice, InvoiceField.named(key).orElseThrow(), value);
	}

	private static <T> void set(ExtractedInvoice.Builder invoice, InvoiceField<T> field, Object value) {
		invoice.set(field, field.cast(value));
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
