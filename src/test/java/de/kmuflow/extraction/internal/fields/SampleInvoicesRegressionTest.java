package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kmuflow.extraction.CashDiscount;
import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceLine;
import de.kmuflow.extraction.TaxLine;
import de.kmuflow.extraction.internal.text.PdfTextReader;

/**
 * Guards what the extractor reads from six of the project's sample invoices (copied from
 * sample-invoices/ with their expected values), one of each drawn layout: a regression check, not
 * the measure of generality.
 */
class SampleInvoicesRegressionTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "text-brandt-buerobedarf-2-pages.pdf", "text-feinkost-albrecht.pdf", "text-nordlicht-it.pdf",
			"text-lumen-analytics-en.pdf", "text-copy-und-co-kassenbon.pdf", "text-elektro-kessler.pdf" })
	void readsWhatTheSampleShows(String file) throws IOException {
		JsonNode expected;
		ExtractedInvoice invoice;
		try (InputStream json = resource(file + ".json"); InputStream pdf = resource(file);
				PDDocument document = Loader.loadPDF(pdf.readAllBytes())) {
			expected = JSON.readTree(json);
			ExtractedInvoice.Builder builder = ExtractedInvoice.builder(DocumentKind.TEXT_PDF);
			new InvoiceFieldExtractor().extract(new PdfTextReader().read(document), builder);
			invoice = builder.build();
		}

		assertThat(fields(invoice)).isEqualTo(fields(expected));
	}

	private static Map<String, Object> fields(ExtractedInvoice invoice) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("invoiceNumber", invoice.invoiceNumber());
		fields.put("issueDate", text(invoice.issueDate()));
		fields.put("dueDate", text(invoice.dueDate()));
		fields.put("deliveryDate", text(invoice.deliveryDate()));
		fields.put("currency", invoice.currency());
		fields.put("sellerName", invoice.sellerName());
		fields.put("sellerVatId", invoice.sellerVatId());
		fields.put("sellerTaxNumber", invoice.sellerTaxNumber());
		fields.put("sellerIban", invoice.sellerIban());
		fields.put("buyerName", invoice.buyerName());
		fields.put("buyerReference", invoice.buyerReference());
		fields.put("purchaseOrderReference", invoice.purchaseOrderReference());
		fields.put("netTotal", number(invoice.netTotal()));
		fields.put("taxTotal", number(invoice.taxTotal()));
		fields.put("grossTotal", number(invoice.grossTotal()));
		fields.put("payableAmount", number(invoice.payableAmount()));
		List<String> breakdown = new ArrayList<>();
		for (TaxLine line : invoice.taxBreakdown()) {
			breakdown.add(number(line.rate()) + "/" + number(line.net()) + "/" + number(line.tax()));
		}
		fields.put("taxBreakdown", breakdown);
		List<String> lines = new ArrayList<>();
		for (InvoiceLine line : invoice.lines()) {
			lines.add(line.description() + "|" + number(line.quantity()) + "|" + number(line.unitPrice()) + "|" + number(line.net()));
		}
		fields.put("lines", lines);
		CashDiscount discount = invoice.cashDiscount();
		fields.put("cashDiscount", discount == null ? null
				: number(discount.percent()) + "/" + discount.days() + "/" + text(discount.dueDate()));
		return fields;
	}

	private static Map<String, Object> fields(JsonNode json) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (String name : List.of("invoiceNumber", "issueDate", "dueDate", "deliveryDate", "currency", "sellerName",
				"sellerVatId", "sellerTaxNumber", "sellerIban", "buyerName", "buyerReference", "purchaseOrderReference")) {
			fields.put(name, text(json.get(name)));
		}
		for (String name : List.of("netTotal", "taxTotal", "grossTotal", "payableAmount")) {
			fields.put(name, number(json.get(name)));
		}
		List<String> breakdown = new ArrayList<>();
		for (JsonNode line : json.get("taxBreakdown")) {
			breakdown.add(number(line.get("rate")) + "/" + number(line.get("net")) + "/" + number(line.get("tax")));
		}
		fields.put("taxBreakdown", breakdown);
		List<String> lines = new ArrayList<>();
		for (JsonNode line : json.get("lines")) {
			lines.add(text(line.get("description")) + "|" + number(line.get("quantity")) + "|" + number(line.get("unitPrice")) + "|"
					+ number(line.get("net")));
		}
		fields.put("lines", lines);
		JsonNode discount = json.get("cashDiscount");
		fields.put("cashDiscount", discount == null || discount.isNull() ? null
				: number(discount.get("percent")) + "/" + text(discount.get("days")) + "/" + text(discount.get("dueDate")));
		return fields;
	}

	private static InputStream resource(String name) {
		return SampleInvoicesRegressionTest.class.getResourceAsStream("samples/" + name);
	}

	private static String text(Object value) {
		if (value instanceof JsonNode node) {
			return node.isNull() ? null : node.asText();
		}
		return value == null ? null : value.toString();
	}

	private static String number(Object value) {
		String text = text(value);
		return text == null ? null : new BigDecimal(text).stripTrailingZeros().toPlainString();
	}
}
