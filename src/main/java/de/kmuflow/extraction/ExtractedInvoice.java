package de.kmuflow.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.kmuflow.platform.SafeText;

/**
 * What was read from one document. Absent values are null, never guessed. Amounts are as the
 * document states them: a UBL credit note (type code 381) carries positive amounts, a printed
 * credit note usually negative ones; {@link #isCreditNote()} tells which the document is. {@code confidence} holds 0..1 per field name for the
 * fields that were found; {@code findings} are remarks of the e-invoice validation or the reader;
 * {@code provenance} names, per field, where a value came from when not from the generic reader (e.g.
 * {@value #SUPPLIER_MEMORY}).
 */
public record ExtractedInvoice(
		DocumentKind kind,
		String documentTypeCode,
		String invoiceNumber,
		LocalDate issueDate,
		LocalDate dueDate,
		LocalDate deliveryDate,
		String currency,
		String sellerName,
		String sellerAddress,
		String sellerVatId,
		String sellerTaxNumber,
		String sellerIban,
		String sellerBic,
		String buyerName,
		String buyerReference,
		String purchaseOrderReference,
		BigDecimal netTotal,
		BigDecimal taxTotal,
		BigDecimal grossTotal,
		BigDecimal payableAmount,
		CashDiscount cashDiscount,
		List<TaxLine> taxBreakdown,
		List<InvoiceLine> lines,
		Map<String, Double> confidence,
		List<String> findings,
		Map<String, String> provenance) {

	/** Said once when a document's text carried controls that would make it read differently than it is. */
	public static final String BIDI_FINDING = "Hinweis: unsichtbare Steuerzeichen der Schreibrichtung (Unicode-Bidi)"
			+ " wurden aus den gelesenen Texten entfernt; der Beleg versucht womöglich, Namen zu verschleiern"
			+ " (bidi control characters removed)";

	/** Provenance of a value read with what was learned from clerks' corrections for its supplier. */
	public static final String SUPPLIER_MEMORY = "Lieferantengedächtnis";

	/** Every text a person will see leaves here without bidi controls: one place for all readers. */
	public ExtractedInvoice {
		boolean bidi = java.util.stream.Stream.of(documentTypeCode, invoiceNumber, currency, sellerName, sellerAddress,
				sellerVatId, sellerTaxNumber, sellerIban, sellerBic, buyerName, buyerReference, purchaseOrderReference)
			.anyMatch(SafeText::hasBidiControls)
				|| lines != null && lines.stream().anyMatch(line -> SafeText.hasBidiControls(line.description()));
		documentTypeCode = SafeText.withoutBidiControls(documentTypeCode);
		invoiceNumber = SafeText.withoutBidiControls(invoiceNumber);
		currency = SafeText.withoutBidiControls(currency);
		sellerName = SafeText.withoutBidiControls(sellerName);
		sellerAddress = SafeText.withoutBidiControls(sellerAddress);
		sellerVatId = SafeText.withoutBidiControls(sellerVatId);
		sellerTaxNumber = SafeText.withoutBidiControls(sellerTaxNumber);
		sellerIban = SafeText.withoutBidiControls(sellerIban);
		sellerBic = SafeText.withoutBidiControls(sellerBic);
		buyerName = SafeText.withoutBidiControls(buyerName);
		buyerReference = SafeText.withoutBidiControls(buyerReference);
		purchaseOrderReference = SafeText.withoutBidiControls(purchaseOrderReference);
		taxBreakdown = taxBreakdown == null ? List.of() : List.copyOf(taxBreakdown);
		lines = lines == null ? List.of() : lines.stream()
			.map(line -> new InvoiceLine(SafeText.withoutBidiControls(line.description()), line.quantity(),
					line.unitPrice(), line.net()))
			.toList();
		confidence = confidence == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(confidence));
		provenance = provenance == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(provenance));
		List<String> allFindings = new java.util.ArrayList<>();
		if (findings != null) {
			findings.stream().map(SafeText::withoutBidiControls).forEach(allFindings::add);
		}
		if (bidi && !allFindings.contains(BIDI_FINDING)) {
			allFindings.add(BIDI_FINDING);
		}
		findings = List.copyOf(allFindings);
	}

	/** UNTDID 1001 codes for credit notes: 381 credit note, 396 factored credit note, 261 self-billed credit note. */
	public boolean isCreditNote() {
		return "381".equals(documentTypeCode) || "396".equals(documentTypeCode) || "261".equals(documentTypeCode);
	}

	/** The names (as in the JSON contract) of the single-valued fields that have a value. */
	public List<String> presentFields() {
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("invoiceNumber", invoiceNumber);
		values.put("issueDate", issueDate);
		values.put("dueDate", dueDate);
		values.put("deliveryDate", deliveryDate);
		values.put("currency", currency);
		values.put("sellerName", sellerName);
		values.put("sellerAddress", sellerAddress);
		values.put("sellerVatId", sellerVatId);
		values.put("sellerTaxNumber", sellerTaxNumber);
		values.put("sellerIban", sellerIban);
		values.put("sellerBic", sellerBic);
		values.put("buyerName", buyerName);
		values.put("buyerReference", buyerReference);
		values.put("purchaseOrderReference", purchaseOrderReference);
		values.put("netTotal", netTotal);
		values.put("taxTotal", taxTotal);
		values.put("grossTotal", grossTotal);
		values.put("payableAmount", payableAmount);
		values.put("cashDiscount", cashDiscount);
		return values.entrySet().stream().filter(entry -> entry.getValue() != null).map(Map.Entry::getKey).toList();
	}

	public static Builder builder(DocumentKind kind) {
		return new Builder().kind(kind);
	}

	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.kind = kind;
		builder.documentTypeCode = documentTypeCode;
		builder.invoiceNumber = invoiceNumber;
		builder.issueDate = issueDate;
		builder.dueDate = dueDate;
		builder.deliveryDate = deliveryDate;
		builder.currency = currency;
		builder.sellerName = sellerName;
		builder.sellerAddress = sellerAddress;
		builder.sellerVatId = sellerVatId;
		builder.sellerTaxNumber = sellerTaxNumber;
		builder.sellerIban = sellerIban;
		builder.sellerBic = sellerBic;
		builder.buyerName = buyerName;
		builder.buyerReference = buyerReference;
		builder.purchaseOrderReference = purchaseOrderReference;
		builder.netTotal = netTotal;
		builder.taxTotal = taxTotal;
		builder.grossTotal = grossTotal;
		builder.payableAmount = payableAmount;
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
		private String documentTypeCode;
		private String invoiceNumber;
		private LocalDate issueDate;
		private LocalDate dueDate;
		private LocalDate deliveryDate;
		private String currency;
		private String sellerName;
		private String sellerAddress;
		private String sellerVatId;
		private String sellerTaxNumber;
		private String sellerIban;
		private String sellerBic;
		private String buyerName;
		private String buyerReference;
		private String purchaseOrderReference;
		private BigDecimal netTotal;
		private BigDecimal taxTotal;
		private BigDecimal grossTotal;
		private BigDecimal payableAmount;
		private CashDiscount cashDiscount;
		private final List<TaxLine> taxBreakdown = new java.util.ArrayList<>();
		private final List<InvoiceLine> lines = new java.util.ArrayList<>();
		private final Map<String, Double> confidence = new java.util.LinkedHashMap<>();
		private final List<String> findings = new java.util.ArrayList<>();
		private final Map<String, String> provenance = new java.util.LinkedHashMap<>();

		public Builder kind(DocumentKind kind) {
			this.kind = kind;
			return this;
		}

		public DocumentKind kind() {
			return kind;
		}

		public Builder documentTypeCode(String documentTypeCode) {
			this.documentTypeCode = documentTypeCode;
			return this;
		}

		public String documentTypeCode() {
			return documentTypeCode;
		}

		public Builder invoiceNumber(String invoiceNumber) {
			this.invoiceNumber = invoiceNumber;
			return this;
		}

		public String invoiceNumber() {
			return invoiceNumber;
		}

		public Builder issueDate(LocalDate issueDate) {
			this.issueDate = issueDate;
			return this;
		}

		public LocalDate issueDate() {
			return issueDate;
		}

		public Builder dueDate(LocalDate dueDate) {
			this.dueDate = dueDate;
			return this;
		}

		public LocalDate dueDate() {
			return dueDate;
		}

		public Builder deliveryDate(LocalDate deliveryDate) {
			this.deliveryDate = deliveryDate;
			return this;
		}

		public LocalDate deliveryDate() {
			return deliveryDate;
		}

		public Builder currency(String currency) {
			this.currency = currency;
			return this;
		}

		public String currency() {
			return currency;
		}

		public Builder sellerName(String sellerName) {
			this.sellerName = sellerName;
			return this;
		}

		public String sellerName() {
			return sellerName;
		}

		public Builder sellerAddress(String sellerAddress) {
			this.sellerAddress = sellerAddress;
			return this;
		}

		public String sellerAddress() {
			return sellerAddress;
		}

		public Builder sellerVatId(String sellerVatId) {
			this.sellerVatId = sellerVatId;
			return this;
		}

		public String sellerVatId() {
			return sellerVatId;
		}

		public Builder sellerTaxNumber(String sellerTaxNumber) {
			this.sellerTaxNumber = sellerTaxNumber;
			return this;
		}

		public String sellerTaxNumber() {
			return sellerTaxNumber;
		}

		public Builder sellerIban(String sellerIban) {
			this.sellerIban = sellerIban;
			return this;
		}

		public String sellerIban() {
			return sellerIban;
		}

		public Builder sellerBic(String sellerBic) {
			this.sellerBic = sellerBic;
			return this;
		}

		public String sellerBic() {
			return sellerBic;
		}

		public Builder buyerName(String buyerName) {
			this.buyerName = buyerName;
			return this;
		}

		public String buyerName() {
			return buyerName;
		}

		public Builder buyerReference(String buyerReference) {
			this.buyerReference = buyerReference;
			return this;
		}

		public String buyerReference() {
			return buyerReference;
		}

		public Builder purchaseOrderReference(String purchaseOrderReference) {
			this.purchaseOrderReference = purchaseOrderReference;
			return this;
		}

		public String purchaseOrderReference() {
			return purchaseOrderReference;
		}

		public Builder netTotal(BigDecimal netTotal) {
			this.netTotal = netTotal;
			return this;
		}

		public BigDecimal netTotal() {
			return netTotal;
		}

		public Builder taxTotal(BigDecimal taxTotal) {
			this.taxTotal = taxTotal;
			return this;
		}

		public BigDecimal taxTotal() {
			return taxTotal;
		}

		public Builder grossTotal(BigDecimal grossTotal) {
			this.grossTotal = grossTotal;
			return this;
		}

		public BigDecimal grossTotal() {
			return grossTotal;
		}

		public Builder payableAmount(BigDecimal payableAmount) {
			this.payableAmount = payableAmount;
			return this;
		}

		public BigDecimal payableAmount() {
			return payableAmount;
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

		public Builder finding(String finding) {
			findings.add(finding);
			return this;
		}

		public ExtractedInvoice build() {
			return new ExtractedInvoice(kind, documentTypeCode, invoiceNumber, issueDate, dueDate, deliveryDate,
					currency, sellerName, sellerAddress, sellerVatId, sellerTaxNumber, sellerIban, sellerBic, buyerName,
					buyerReference, purchaseOrderReference, netTotal, taxTotal, grossTotal, payableAmount, cashDiscount,
					taxBreakdown, lines, confidence, findings, provenance);
		}
	}
}
