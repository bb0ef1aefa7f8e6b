package de.kmuflow.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON shape of an extracted invoice that the command line and the REST API share: field names
 * as in the design's contract, dates ISO, amounts as decimal strings with a dot, absent values null.
 */
public final class ExtractionJson {

	private static final ObjectMapper MAPPER = new ObjectMapper();

	private ExtractionJson() {
	}

	public static ObjectMapper mapper() {
		return MAPPER;
	}

	/** The object for one file; {@code invoice} null with an {@code error} when it could not be read. */
	public static ObjectNode toJson(String file, ExtractedInvoice invoice, String error) {
		ObjectNode node = MAPPER.createObjectNode();
		node.put("file", file);
		if (invoice == null) {
			node.putNull("kind");
			node.put("error", error);
			return node;
		}
		node.put("kind", invoice.kind() == null ? null : invoice.kind().name());
		for (InvoiceField<?> field : InvoiceField.all()) {
			// bookkeeping fields are no part of what the command line promises; a learned one is kept
			if (!field.bookkeeping() || invoice.get(field) != null) {
				node.put(field.name(), field.text(invoice));
			}
		}
		ArrayNode taxes = node.putArray("taxBreakdown");
		for (TaxLine tax : invoice.taxBreakdown()) {
			taxes.addObject().put("rate", amount(tax.rate())).put("net", amount(tax.net())).put("tax", amount(tax.tax()));
		}
		ArrayNode lines = node.putArray("lines");
		for (InvoiceLine line : invoice.lines()) {
			lines.addObject()
				.put("description", line.description())
				.put("quantity", amount(line.quantity()))
				.put("unitPrice", amount(line.unitPrice()))
				.put("net", amount(line.net()));
		}
		CashDiscount discount = invoice.cashDiscount();
		if (discount == null) {
			node.putNull("cashDiscount");
		}
		else {
			ObjectNode skonto = node.putObject("cashDiscount");
			skonto.put("percent", amount(discount.percent()));
			if (discount.days() == null) {
				skonto.putNull("days");
			}
			else {
				skonto.put("days", discount.days());
			}
			skonto.put("dueDate", date(discount.dueDate()));
		}
		ObjectNode confidence = node.putObject("confidence");
		invoice.confidence().forEach((field, value) -> confidence.put(field, Math.round(value * 100) / 100.0));
		if (!invoice.provenance().isEmpty()) {
			ObjectNode provenance = node.putObject("provenance");
			invoice.provenance().forEach(provenance::put);
		}
		ArrayNode findings = node.putArray("findings");
		invoice.findings().forEach(finding -> findings.addObject()
			.put("code", finding.code())
			.put("severity", finding.severity().name())
			.put("message", finding.message()));
		node.putNull("error");
		return node;
	}

	/** Reads back what {@link #toJson} wrote (lines, tax breakdown, confidences included). */
	public static ExtractedInvoice fromJson(JsonNode node) {
		String kind = text(node, "kind");
		ExtractedInvoice.Builder invoice = ExtractedInvoice.builder(kind == null ? DocumentKind.OTHER : DocumentKind.valueOf(kind));
		InvoiceField.all().forEach(field -> read(node, field, invoice));
		JsonNode discount = node.get("cashDiscount");
		if (discount != null && discount.isObject()) {
			JsonNode days = discount.get("days");
			invoice.cashDiscount(new CashDiscount(decimal(discount, "percent"),
					days == null || days.isNull() ? null : days.asInt(), date(discount, "dueDate")));
		}
		node.path("taxBreakdown").forEach(tax -> invoice
			.taxLine(new TaxLine(decimal(tax, "rate"), decimal(tax, "net"), decimal(tax, "tax"))));
		node.path("lines").forEach(line -> invoice.line(new InvoiceLine(text(line, "description"),
				decimal(line, "quantity"), decimal(line, "unitPrice"), decimal(line, "net"))));
		node.path("confidence").fields().forEachRemaining(e -> invoice.confidence(e.getKey(), e.getValue().asDouble()));
		node.path("provenance").fields().forEachRemaining(e -> invoice.provenance(e.getKey(), e.getValue().asText()));
		node.path("findings").forEach(finding -> invoice.finding(finding.isTextual() ? ReadingFinding.legacy(finding.asText())
				: new ReadingFinding(text(finding, "code"), Severity.valueOf(text(finding, "severity")),
						text(finding, "message"))));
		return invoice.build();
	}

	private static <T> void read(JsonNode node, InvoiceField<T> field, ExtractedInvoice.Builder into) {
		into.set(field, field.fromText(text(node, field.name())));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}

	private static BigDecimal decimal(JsonNode node, String field) {
		String value = text(node, field);
		return value == null ? null : new BigDecimal(value);
	}

	private static LocalDate date(JsonNode node, String field) {
		String value = text(node, field);
		return value == null ? null : LocalDate.parse(value);
	}

	private static String amount(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	private static String date(LocalDate value) {
		return value == null ? null : value.toString();
	}
}
