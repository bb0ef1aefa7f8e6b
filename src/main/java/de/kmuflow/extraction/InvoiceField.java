package de.kmuflow.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.kmuflow.platform.GermanFormat;

/**
 * The field catalogue: every single value of an invoice, once for all of kmu-flow. A field's
 * {@link #name()} is its name in JSON (CLI and REST), in the review form, in the corrections and in
 * {@link ExtractedInvoice#confidence()}; its {@link Type} says how it is written as text and read
 * back. Core fields are those a clerk would otherwise type (a doubtful one sends the invoice to
 * review); correctable fields are the review form's. Bookkeeping fields are never printed on a
 * document: a person (or what kmu-flow learned of the supplier) adds them.
 * <p>
 * A new field is one constant here, listed in {@link #all()}, plus the reader that finds it.
 */
public final class InvoiceField<T> {

	/** How a field's value is written as text and parsed back. */
	public enum Type {
		/** Free text, stripped; blank is absent. */
		TEXT,
		/** An identifier without spaces, upper case (VAT ID, IBAN, BIC). */
		CODE,
		/** ISO 4217, upper case. */
		CURRENCY,
		/** ISO 8601 as text; a person may type 18.03.2026. */
		DATE,
		/** A decimal with a dot as text; a person may type 1.234,56. */
		AMOUNT
	}

	/** Where a field stands: core, correctable in the review form, or shown only. */
	public enum Use {
		CORE, CORRECTABLE, SHOWN
	}

	public static final InvoiceField<String> DOCUMENT_TYPE_CODE = text("documentTypeCode", Type.TEXT,
			"Belegart (UNTDID 1001)", "document type code", Use.SHOWN);
	public static final InvoiceField<String> INVOICE_NUMBER = text("invoiceNumber", Type.TEXT, "Rechnungsnummer",
			"invoice number", Use.CORE);
	public static final InvoiceField<LocalDate> ISSUE_DATE = date("issueDate", "Rechnungsdatum", "issue date", Use.CORE);
	public static final InvoiceField<LocalDate> DUE_DATE = date("dueDate", "Fällig am", "due date", Use.CORRECTABLE);
	public static final InvoiceField<LocalDate> DELIVERY_DATE = date("deliveryDate", "Leistungsdatum", "delivery date",
			Use.CORRECTABLE);
	public static final InvoiceField<String> CURRENCY = text("currency", Type.CURRENCY, "Währung", "currency",
			Use.CORRECTABLE);
	public static final InvoiceField<String> SELLER_NAME = text("sellerName", Type.TEXT, "Lieferant", "seller",
			Use.CORE);
	public static final InvoiceField<String> SELLER_ADDRESS = text("sellerAddress", Type.TEXT,
			"Anschrift des Lieferanten", "seller's address", Use.CORRECTABLE);
	public static final InvoiceField<String> SELLER_VAT_ID = text("sellerVatId", Type.CODE,
			"USt-IdNr. des Lieferanten", "seller's VAT ID", Use.CORE);
	public static final InvoiceField<String> SELLER_TAX_NUMBER = text("sellerTaxNumber", Type.TEXT,
			"Steuernummer des Lieferanten", "seller's tax number", Use.CORRECTABLE);
	public static final InvoiceField<String> SELLER_IBAN = text("sellerIban", Type.CODE, "IBAN des Lieferanten",
			"seller's IBAN", Use.CORE);
	public static final InvoiceField<String> SELLER_BIC = text("sellerBic", Type.CODE, "BIC des Lieferanten",
			"seller's BIC", Use.SHOWN);
	public static final InvoiceField<String> BUYER_NAME = text("buyerName", Type.TEXT, "Rechnungsempfänger", "buyer",
			Use.CORRECTABLE);
	public static final InvoiceField<String> BUYER_REFERENCE = text("buyerReference", Type.TEXT,
			"Käuferreferenz (Leitweg-ID)", "buyer reference", Use.SHOWN);
	public static final InvoiceField<String> PURCHASE_ORDER_REFERENCE = text("purchaseOrderReference", Type.TEXT,
			"Bestellnummer", "purchase order", Use.CORRECTABLE);
	public static final InvoiceField<BigDecimal> NET_TOTAL = amount("netTotal", "Nettobetrag", "net total", Use.CORE);
	public static final InvoiceField<BigDecimal> TAX_TOTAL = amount("taxTotal", "Umsatzsteuer", "VAT total", Use.CORE);
	public static final InvoiceField<BigDecimal> GROSS_TOTAL = amount("grossTotal", "Bruttobetrag", "gross total",
			Use.CORE);
	public static final InvoiceField<BigDecimal> PAYABLE_AMOUNT = amount("payableAmount", "Zahlbetrag",
			"amount payable", Use.SHOWN);
	public static final InvoiceField<String> CATEGORY = bookkeeping("invoiceCategory", "Kategorie", "category");
	public static final InvoiceField<String> COST_CENTRE = bookkeeping("costCentre", "Kostenstelle", "cost centre");

	private static final List<InvoiceField<?>> ALL = List.of(DOCUMENT_TYPE_CODE, INVOICE_NUMBER, ISSUE_DATE, DUE_DATE,
			DELIVERY_DATE, CURRENCY, SELLER_NAME, SELLER_ADDRESS, SELLER_VAT_ID, SELLER_TAX_NUMBER, SELLER_IBAN,
			SELLER_BIC, BUYER_NAME, BUYER_REFERENCE, PURCHASE_ORDER_REFERENCE, NET_TOTAL, TAX_TOTAL, GROSS_TOTAL,
			PAYABLE_AMOUNT, CATEGORY, COST_CENTRE);

	private static final Map<String, InvoiceField<?>> BY_NAME;

	static {
		Map<String, InvoiceField<?>> byName = new LinkedHashMap<>();
		ALL.forEach(field -> byName.put(field.name, field));
		BY_NAME = Collections.unmodifiableMap(byName);
	}

	private final String name;
	private final Type type;
	private final Class<T> javaType;
	private final String label;
	private final String englishLabel;
	private final Use use;
	private final boolean bookkeeping;

	private InvoiceField(String name, Type type, Class<T> javaType, String label, String englishLabel, Use use,
			boolean bookkeeping) {
		this.name = name;
		this.type = type;
		this.javaType = javaType;
		this.label = label;
		this.englishLabel = englishLabel;
		this.use = use;
		this.bookkeeping = bookkeeping;
	}

	private static InvoiceField<String> text(String name, Type type, String label, String englishLabel, Use use) {
		return new InvoiceField<>(name, type, String.class, label, englishLabel, use, false);
	}

	private static InvoiceField<LocalDate> date(String name, String label, String englishLabel, Use use) {
		return new InvoiceField<>(name, Type.DATE, LocalDate.class, label, englishLabel, use, false);
	}

	private static InvoiceField<BigDecimal> amount(String name, String label, String englishLabel, Use use) {
		return new InvoiceField<>(name, Type.AMOUNT, BigDecimal.class, label, englishLabel, use, false);
	}

	private static InvoiceField<String> bookkeeping(String name, String label, String englishLabel) {
		return new InvoiceField<>(name, Type.TEXT, String.class, label, englishLabel, Use.CORRECTABLE, true);
	}

	/** Every field, in the order forms and JSON show them. */
	public static List<InvoiceField<?>> all() {
		return ALL;
	}

	public static Optional<InvoiceField<?>> named(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	/** The core fields' names: those a clerk would otherwise type. */
	public static List<String> coreNames() {
		return ALL.stream().filter(InvoiceField::core).map(InvoiceField::name).toList();
	}

	public String name() {
		return name;
	}

	public Type type() {
		return type;
	}

	/** German, as the clerk's forms say it. */
	public String label() {
		return label;
	}

	public String englishLabel() {
		return englishLabel;
	}

	public boolean core() {
		return use == Use.CORE;
	}

	/** In the review form: a person may correct it. */
	public boolean correctable() {
		return use != Use.SHOWN;
	}

	/** Never printed on a document; a person adds it. */
	public boolean bookkeeping() {
		return bookkeeping;
	}

	public T read(ExtractedInvoice invoice) {
		return invoice.get(this);
	}

	/** The value as JSON and the corrections write it: ISO dates, amounts with a dot; null when absent. */
	public String text(ExtractedInvoice invoice) {
		return text(read(invoice));
	}

	String text(Object value) {
		if (value instanceof BigDecimal amount) {
			return amount.toPlainString();
		}
		return value == null ? null : value.toString();
	}

	/** The value as a German clerk reads and types it: 1.946,25 and 18.03.2026. */
	public String formText(ExtractedInvoice invoice) {
		T value = read(invoice);
		if (value instanceof BigDecimal amount) {
			return GermanFormat.amount(amount);
		}
		if (value instanceof LocalDate date) {
			return GermanFormat.date(date);
		}
		return value == null ? null : value.toString();
	}

	/** Reads back what {@link #text} wrote, exactly. */
	public T fromText(String text) {
		if (text == null) {
			return null;
		}
		return javaType.cast(switch (type) {
			case DATE -> LocalDate.parse(text);
			case AMOUNT -> new BigDecimal(text);
			default -> text;
		});
	}

	/**
	 * The value a person typed, in German or as the REST API sends it, made canonical: stripped,
	 * identifiers without spaces, amounts to the cent. Blank is absent. Throws
	 * IllegalArgumentException with a German message a clerk can act on.
	 */
	public T parse(String input) {
		String stripped = input == null || input.isBlank() ? null : input.strip();
		if (stripped == null) {
			return null;
		}
		return javaType.cast(switch (type) {
			case TEXT -> stripped;
			case CODE -> stripped.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
			case CURRENCY -> stripped.toUpperCase(Locale.ROOT);
			case DATE -> GermanFormat.parseDate(stripped);
			case AMOUNT -> GermanFormat.parseAmount(stripped).setScale(2, RoundingMode.HALF_UP);
		});
	}

	/** A value of this field's type, as it came untyped (e.g. from what was learned); refused otherwise. */
	public T cast(Object value) {
		if (!accepts(value)) {
			throw new IllegalArgumentException(name + " takes no " + value.getClass().getSimpleName());
		}
		return javaType.cast(value);
	}

	boolean accepts(Object value) {
		return value == null || javaType.isInstance(value);
	}

	@Override
	public String toString() {
		return name;
	}
}
