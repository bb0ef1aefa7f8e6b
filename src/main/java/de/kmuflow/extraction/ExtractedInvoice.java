package de.kmuflow.extraction;

import static de.kmuflow.extraction.InvoiceField.BUYER_NAME;
import static de.kmuflow.extraction.InvoiceField.BUYER_REFERENCE;
import static de.kmuflow.extraction.InvoiceField.CURRENCY;
import static de.kmuflow.extraction.InvoiceField.DELIVERY_DATE;
import static de.kmuflow.extraction.InvoiceField.DOCUMENT_TYPE_CODE;
import static de.kmuflow.extraction.InvoiceField.DUE_DATE;
import static de.kmuflow.extraction.InvoiceField.GROSS_TOTAL;
import static de.kmuflow.extraction.InvoiceField.INVOICE_NUMBER;
import static de.kmuflow.extraction.InvoiceField.ISSUE_DATE;
import static de.kmuflow.extraction.InvoiceField.NET_TOTAL;
import static de.kmuflow.extraction.InvoiceField.PAYABLE_AMOUNT;
import static de.kmuflow.extraction.InvoiceField.PURCHASE_ORDER_REFERENCE;
import static de.kmuflow.extraction.InvoiceField.SELLER_ADDRESS;
import static de.kmuflow.extraction.InvoiceField.SELLER_BIC;
import static de.kmuflow.extraction.InvoiceField.SELLER_IBAN;
import static de.kmuflow.extraction.InvoiceField.SELLER_NAME;
import static de.kmuflow.extraction.InvoiceField.SELLER_TAX_NUMBER;
import static de.kmuflow.extraction.InvoiceField.SELLER_VAT_ID;
import static de.kmuflow.extraction.InvoiceField.TAX_TOTAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.kmuflow.platform.SafeText;

/**
 * What was read from one document: the values of the {@link InvoiceField} catalogue, the cash
 * discount, tax breakdown and lines. Absent values are absent, never guessed. Amounts are as the
 * document states them: a UBL credit note (type code 381) carries positive amounts, a printed
 * credit note usually negative ones; {@link #isCreditNote()} tells which the document is.
 * {@code confidence} holds 0..1 per field name for the fields that were found; {@code findings}
 * are remarks of the e-invoice validation or the reader; {@code provenance} names, per field, where a
 * value came from when not from the generic reader (e.g. {@value #SUPPLIER_MEMORY}).
 */
public record ExtractedInvoice(
		DocumentKind kind,
		Map<InvoiceField<?>, Object> values,
		CashDiscount cashDiscount,
		List<TaxLine> taxBreakdown,
		List<InvoiceLine> lines,
		Map<String, Double> confidence,
		List<ReadingFinding> findings,
		Map<String, String> provenance) {

	/** Provenance of a value read with what was learned from clerks' corrections for its supplier. */
	public static final String SUPPLIER_MEMORY = "Lieferantengedächtnis";

	/** Every text a person will see leaves here without bidi controls: one place for all readers. */
	public ExtractedInvoice {
		boolean bidi = false;
		Map<InvoiceField<?>, Object> present = new LinkedHashMap<>();
		for (InvoiceField<?> field : InvoiceField.all()) {
			Object value = values == null ? null : values.get(field);
			value = field.cast(value);
			if (value instanceof String text) {
				bidi |= SafeText.hasBidiControls(text);
				value = SafeText.withoutBidiControls(text);
			}
			if (value != null) {
				present.put(field, value);
			}
		}
		values = Collections.unmodifiableMap(present);
		taxBreakdown = taxBreakdown == null ? List.of() : List.copyOf(taxBreakdown);
		bidi |= lines != null && lines.stream().anyMatch(line -> SafeText.hasBidiControls(line.description()));
		lines = lines == null ? List.of() : lines.stream()
			.map(line -> new InvoiceLine(SafeText.withoutBidiControls(line.description()), line.quantity(),
					line.unitPrice(), line.net()))
			.toList();
		confidence = confidence == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(confidence));
		provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
		List<ReadingFinding> allFindings = new ArrayList<>(findings == null ? List.of() : findings);
		if (bidi && !allFindings.contains(ReadingFinding.BIDI_CONTROLS)) {
			allFindings.add(ReadingFinding.BIDI_CONTROLS);
		}
		findings = List.copyOf(allFindings);
	}

	@SuppressWarnings("unchecked")
	public <T> T get(InvoiceField<T> field) {
		return (T) values.get(field);
	}

	/** This invoice with one value replaced (null removes it). */
	public <T> ExtractedInvoice with(InvoiceField<T> field, T value) {
		return with(Collections.singletonMap(field, value));
	}

	/** This invoice with the given values replaced (a null value removes one). */
	public ExtractedInvoice with(Map<InvoiceField<?>, ?> changed) {
		Map<InvoiceField<?>, Object> merged = new LinkedHashMap<>(values);
		merged.putAll(changed);
		return new ExtractedInvoice(kind, merged, cashDiscount, taxBreakdown, lines, confidence, findings, provenance);
	}

	/** UNTDID 1001 codes for credit notes: 381 credit note, 396 factored credit note, 261 self-billed credit note. */
	public boolean isCreditNote() {
		String code = documentTypeCode();
		return "381".equals(code) || "396".equals(code) || "261".equals(code);
	}

	/** The names (as in the JSON contract) of the single-valued fields that have a value. */
	public List<String> presentFields() {
		List<String> present = new ArrayList<>(values.keySet().stream().map(InvoiceField::name).toList());
		if (cashDiscount != null) {
			present.add("cashDiscount");
		}
		return present;
	}

	// Shorthands for the values the rules and readers ask for most; any field is get(field).

	public String documentTypeCode() {
		return get(DOCUMENT_TYPE_CODE);
	}

	public String invoiceNumber() {
		return get(INVOICE_NUMBER);
	}

	public LocalDate issueDate() {
		return get(ISSUE_DATE);
	}

	public LocalDate dueDate() {
		return get(DUE_DATE);
	}

	public LocalDate deliveryDate() {
		return get(DELIVERY_DATE);
	}

	public String currency() {
		return get(CURRENCY);
	}

	public String sellerName() {
		return get(SELLER_NAME);
	}

	public String sellerAddress() {
		return get(SELLER_ADDRESS);
	}

	public String sellerVatId() {
		return get(SELLER_VAT_ID);
	}

	public String sellerTaxNumber() {
		return get(SELLER_TAX_NUMBER);
	}

	public String sellerIban() {
		return get(SELLER_IBAN);
	}

	public String sellerBic() {
		return get(SELLER_BIC);
	}

	public String buyerName() {
		return get(BUYER_NAME);
	}

	public String buyerReference() {
		return get(BUYER_REFERENCE);
	}

	public String purchaseOrderReference() {
		return get(PURCHASE_ORDER_REFERENCE);
	}

	public BigDecimal netTotal() {
		return get(NET_TOTAL);
	}

	public BigDecimal taxTotal() {
		return get(TAX_TOTAL);
	}

	public BigDecimal grossTotal() {
		return get(GROSS_TOTAL);
	}

	public BigDecimal payableAmount() {
		return get(PAYABLE_AMOUNT);
	}

	public static Builder builder(DocumentKind kind) {
		return new Builder(kind);
	}

	public Builder toBuilder() {
		Builder builder = new Builder(kind);
		builder.values.putAll(values);
		builder.cashDiscount = cashDiscount;
		builder.taxBreakdown.addAll(taxBreakdown);
		builder.lines.addAll(lines);
		builder.confidence.putAll(confidence);
		builder.findings.addAll(findings);
		builder.provenance.putAll(provenance);
		return builder;
	}

	/** Collects the values while a reader works through a document. */
	public static final class Builder {

		private DocumentKind kind;
		private final Map<InvoiceField<?>, Object> values = new LinkedHashMap<>();
		private CashDiscount cashDiscount;
		private final List<TaxLine> taxBreakdown = new ArrayList<>();
		private final List<InvoiceLine> lines = new ArrayList<>();
		private final Map<String, Double> confidence = new LinkedHashMap<>();
		private final List<ReadingFinding> findings = new ArrayList<>();
		private final Map<String, String> provenance = new LinkedHashMap<>();

		private Builder(DocumentKind kind) {
			this.kind = kind;
		}

		public Builder kind(DocumentKind kind) {
			this.kind = kind;
			return this;
		}

		public DocumentKind kind() {
			return kind;
		}

		public <T> Builder set(InvoiceField<T> field, T value) {
			values.put(field, value);
			return this;
		}

		@SuppressWarnings("unchecked")
		public <T> T get(InvoiceField<T> field) {
			return (T) values.get(field);
		}

		public Builder cashDiscount(CashDiscount cashDiscount) {
			this.cashDiscount = cashDiscount;
			return this;
		}

		public CashDiscount cashDiscount() {
			return cashDiscount;
		}

		public Builder taxLine(TaxLine line) {
			taxBreakdown.add(line);
			return this;
		}

		public Builder line(InvoiceLine line) {
			lines.add(line);
			return this;
		}

		public Builder confidence(String field, double value) {
			confidence.put(field, Math.max(0, Math.min(1, value)));
			return this;
		}

		/** Where the field's value came from, when not from the generic reader. */
		public Builder provenance(String field, String source) {
			provenance.put(field, source);
			return this;
		}

		public Builder finding(ReadingFinding finding) {
			findings.add(finding);
			return this;
		}

		public ExtractedInvoice build() {
			return new ExtractedInvoice(kind, values, cashDiscount, taxBreakdown, lines, confidence, findings, provenance);
		}
	}
}
