package de.kmuflow.extraction.accuracy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.ExtractionJson;
import de.kmuflow.extraction.ExtractionSettings;
import de.kmuflow.extraction.InvoiceExtractor;
import de.kmuflow.extraction.UnreadableDocumentException;
import de.kmuflow.extraction.accuracy.ExpectedInvoice.Category;

/**
 * How many extracted values equal the expected ones, per kind of document and per field. A field
 * counts where either side has a value: finding a value the document does not show is as wrong as
 * missing one.
 */
public final class AccuracyReport {

	/** The fields a clerk would otherwise type: every text-PDF and scan floor is kept on these. */
	static final List<String> CORE_FIELDS = List.of("invoiceNumber", "issueDate", "sellerName", "sellerVatId",
			"sellerIban", "netTotal", "taxTotal", "grossTotal");

	static final List<String> FIELDS = List.of("invoiceNumber", "issueDate", "dueDate", "currency", "sellerName",
			"sellerVatId", "sellerTaxNumber", "sellerIban", "buyerName", "purchaseOrderReference", "netTotal",
			"taxTotal", "grossTotal", "payableAmount");

	private final Map<Category, Map<String, int[]>> counts = new EnumMap<>(Category.class);
	private final List<String> mismatches = new ArrayList<>();
	private int documents;

	public static AccuracyReport measure(List<ExpectedInvoice> expected) {
		AccuracyReport report = new AccuracyReport();
		try (InvoiceExtractor extractor = InvoiceExtractor.create(ExtractionSettings.defaults().withValidation(false))) {
			for (ExpectedInvoice invoice : expected) {
				report.add(invoice, extract(extractor, invoice.file()));
			}
		}
		return report;
	}

	private static JsonNode extract(InvoiceExtractor extractor, Path file) {
		try {
			ExtractedInvoice invoice = extractor.extract(Files.readAllBytes(file));
			return ExtractionJson.toJson(file.toString(), invoice, null);
		}
		catch (UnreadableDocumentException | IOException e) {
			return ExtractionJson.toJson(file.toString(), null, e.getMessage());
		}
	}

	private void add(ExpectedInvoice expected, JsonNode actual) {
		documents++;
		Map<String, int[]> byField = counts.computeIfAbsent(expected.category(), c -> new LinkedHashMap<>());
		for (String field : FIELDS) {
			if (!expected.values().containsKey(field)) {
				continue;
			}
			String want = expected.values().get(field);
			JsonNode got = actual.get(field);
			String have = got == null || got.isNull() ? null : got.asText();
			if (want == null && have == null) {
				continue;
			}
			int[] count = byField.computeIfAbsent(field, f -> new int[2]);
			count[1]++;
			if (same(field, want, have)) {
				count[0]++;
			}
			else {
				mismatches.add(expected.file() + " " + field + ": expected " + want + ", got " + have);
			}
		}
	}

	static boolean same(String field, String want, String have) {
		if (want == null || have == null) {
			return Objects.equals(want, have);
		}
		if (field.endsWith("Total") || field.equals("payableAmount")) {
			try {
				return new BigDecimal(want).compareTo(new BigDecimal(have)) == 0;
			}
			catch (NumberFormatException e) {
				return false;
			}
		}
		if (field.equals("sellerVatId") || field.equals("sellerIban")) {
			return want.replaceAll("\\s+", "").equalsIgnoreCase(have.replaceAll("\\s+", ""));
		}
		return want.strip().replaceAll("\\s+", " ").equals(have.strip().replaceAll("\\s+", " "));
	}

	/** Share of agreeing values of one field in one category, or -1 when nothing was compared. */
	public double agreement(Category category, String field) {
		int[] count = counts.getOrDefault(category, Map.of()).get(field);
		return count == null || count[1] == 0 ? -1 : (double) count[0] / count[1];
	}

	public double agreement(Category category) {
		int matched = 0;
		int total = 0;
		for (int[] count : counts.getOrDefault(category, Map.of()).values()) {
			matched += count[0];
			total += count[1];
		}
		return total == 0 ? -1 : (double) matched / total;
	}

	public List<String> mismatches() {
		return mismatches;
	}

	public String toMarkdown() {
		StringBuilder table = new StringBuilder("| field |");
		List<Category> categories = List.copyOf(counts.keySet());
		categories.forEach(category -> table.append(' ').append(category.label).append(" |"));
		table.append("\n|---|");
		categories.forEach(category -> table.append("---|"));
		table.append('\n');
		for (String field : FIELDS) {
			table.append("| ").append(CORE_FIELDS.contains(field) ? "**" + field + "**" : field).append(" |");
			for (Category category : categories) {
				int[] count = counts.get(category).get(field);
				table.append(' ').append(count == null ? "–" : count[0] + "/" + count[1] + " ("
						+ Math.round(100.0 * count[0] / count[1]) + " %)").append(" |");
			}
			table.append('\n');
		}
		table.append("| *all* |");
		categories.forEach(category -> table.append(" ").append(Math.round(100 * agreement(category))).append(" % |"));
		table.append("\n\n").append(documents).append(" documents; core fields in bold.\n");
		return table.toString();
	}

	/** {@code make accuracy}: prints the table over sample-invoices/ and the shared corpus. */
	public static void main(String[] args) throws IOException {
		AccuracyReport report = measure(ExpectedInvoices.all());
		String markdown = report.toMarkdown();
		System.out.println(markdown);
		if (args.length > 0) {
			Files.writeString(Path.of(args[0]), markdown);
		}
		if (Boolean.getBoolean("accuracy.mismatches")) {
			report.mismatches().forEach(System.out::println);
		}
	}
}
