package de.kmuflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The field catalogue: every field once, and JSON, text forms and the extracted invoice all derive from it. */
class InvoiceFieldTest {

	@Test
	void everyFieldOnceWithGermanAndEnglishLabels() {
		List<InvoiceField<?>> all = InvoiceField.all();

		assertThat(new HashSet<>(all.stream().map(InvoiceField::name).toList())).hasSize(all.size());
		assertThat(all).allSatisfy(field -> {
			assertThat(field.label()).isNotBlank();
			assertThat(field.englishLabel()).isNotBlank();
			assertThat(InvoiceField.named(field.name())).contains(field);
		});
		assertThat(InvoiceField.coreNames()).containsExactly("invoiceNumber", "issueDate", "sellerName", "sellerVatId",
				"sellerIban", "netTotal", "taxTotal", "grossTotal");
		assertThat(all).filteredOn(InvoiceField::bookkeeping).extracting(InvoiceField::name)
			.containsExactly("invoiceCategory", "costCentre");
	}

	@Test
	void whatAPersonTypesIsMadeCanonical() {
		assertThat(InvoiceField.GROSS_TOTAL.parse("1.234,5")).isEqualTo(new BigDecimal("1234.50"));
		assertThat(InvoiceField.GROSS_TOTAL.parse("1234.56")).isEqualTo(new BigDecimal("1234.56"));
		assertThat(InvoiceField.ISSUE_DATE.parse("18.03.2026")).isEqualTo(LocalDate.of(2026, 3, 18));
		assertThat(InvoiceField.ISSUE_DATE.parse("2026-03-18")).isEqualTo(LocalDate.of(2026, 3, 18));
		assertThat(InvoiceField.SELLER_IBAN.parse(" de89 3704 0044 0532 0130 00 ")).isEqualTo("DE89370400440532013000");
		assertThat(InvoiceField.CURRENCY.parse("eur")).isEqualTo("EUR");
		assertThat(InvoiceField.SELLER_NAME.parse("  Muster GmbH ")).isEqualTo("Muster GmbH");
		assertThat(InvoiceField.COST_CENTRE.parse("   ")).isNull();
		assertThatThrownBy(() -> InvoiceField.NET_TOTAL.parse("zwölf")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Betrag nicht lesbar");
	}

	@Test
	void textFormsAreForJsonAndForms() {
		ExtractedInvoice invoice = ExtractedInvoice.builder(DocumentKind.TEXT_PDF)
			.set(InvoiceField.GROSS_TOTAL, new BigDecimal("1946.25"))
			.set(InvoiceField.ISSUE_DATE, LocalDate.of(2026, 3, 18))
			.build();

		assertThat(InvoiceField.GROSS_TOTAL.text(invoice)).isEqualTo("1946.25");
		assertThat(InvoiceField.GROSS_TOTAL.formText(invoice)).isEqualTo("1.946,25");
		assertThat(InvoiceField.ISSUE_DATE.text(invoice)).isEqualTo("2026-03-18");
		assertThat(InvoiceField.ISSUE_DATE.formText(invoice)).isEqualTo("18.03.2026");
		assertThat(InvoiceField.ISSUE_DATE.fromText("2026-03-18")).isEqualTo(LocalDate.of(2026, 3, 18));
		assertThat(InvoiceField.SELLER_NAME.text(invoice)).isNull();
	}

	@Test
	void theJsonHasEveryReadFieldAndReadsBackWhatItWrote() {
		ExtractedInvoice.Builder builder = ExtractedInvoice.builder(DocumentKind.SCANNED_PDF);
		for (InvoiceField<?> field : InvoiceField.all()) {
			fill(builder, field);
		}
		ExtractedInvoice invoice = builder.cashDiscount(new CashDiscount(new BigDecimal("2"), 10, LocalDate.of(2026, 3, 12)))
			.taxLine(new TaxLine(new BigDecimal("19"), new BigDecimal("100.00"), new BigDecimal("19.00")))
			.line(new InvoiceLine("Schrauben", new BigDecimal("10"), new BigDecimal("10.00"), new BigDecimal("100.00")))
			.confidence("grossTotal", 0.75)
			.finding(new ReadingFinding("BR-DE-15", Severity.ERROR, "[ID BR-DE-15] Leitweg-ID fehlt"))
			.build();

		JsonNode json = ExtractionJson.toJson("beleg.pdf", invoice, null);

		InvoiceField.all().forEach(field -> assertThat(json.get(field.name()).asText()).isEqualTo(field.text(invoice)));
		assertThat(json.get("findings").get(0).get("code").asText()).isEqualTo("BR-DE-15");
		assertThat(ExtractionJson.fromJson(json)).isEqualTo(invoice);
	}

	@Test
	void findingsStoredAsTextBeforeTheyHadCodesAreReadBack() throws Exception {
		JsonNode old = ExtractionJson.mapper().readTree("{\"kind\":\"XRECHNUNG_UBL\",\"invoiceNumber\":\"1\",\"findings\":"
				+ "[\"Fehler: [ID BR-DE-15] Leitweg-ID fehlt\",\"Warnung: Schema\"]}");

		assertThat(ExtractionJson.fromJson(old).findings()).containsExactly(
				new ReadingFinding("BR-DE-15", Severity.ERROR, "[ID BR-DE-15] Leitweg-ID fehlt"),
				new ReadingFinding(ReadingFinding.SCHEMA, Severity.WARNING, "Schema"));
	}

	@Test
	void aValueOfTheWrongTypeIsRefused() {
		assertThatThrownBy(() -> new ExtractedInvoice(DocumentKind.TEXT_PDF,
				java.util.Map.of(InvoiceField.GROSS_TOTAL, "viel"), null, null, null, null, null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static <T> void fill(ExtractedInvoice.Builder builder, InvoiceField<T> field) {
		String sample = switch (field.type()) {
			case DATE -> "2026-03-18";
			case AMOUNT -> "12.30";
			case CURRENCY -> "EUR";
			case CODE -> "DE123";
			case TEXT -> field.name() + " text";
		};
		builder.set(field, field.fromText(sample));
	}
}
