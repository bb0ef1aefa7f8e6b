package de.kmuflow.extraction.accuracy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import de.kmuflow.extraction.ExtractionJson;
import de.kmuflow.extraction.accuracy.ExpectedInvoice.Category;

/**
 * Loads what the documents should yield: {@code sample-invoices/expected/<file>.json} for the
 * project's own samples, and the truth files of the public e-invoice corpus.
 */
final class ExpectedInvoices {

	static final Path SAMPLES = Path.of("sample-invoices");
	static final Path CORPUS = Path.of("../shared/corpus");

	/** Contract field name -> the corpus truth's name for it. */
	private static final Map<String, String> CORPUS_FIELDS = new LinkedHashMap<>();

	static {
		CORPUS_FIELDS.put("invoiceNumber", "invoice_number");
		CORPUS_FIELDS.put("issueDate", "issue_date");
		CORPUS_FIELDS.put("dueDate", "due_date");
		CORPUS_FIELDS.put("currency", "currency");
		CORPUS_FIELDS.put("sellerName", "seller_name");
		CORPUS_FIELDS.put("sellerVatId", "seller_vat_id");
		CORPUS_FIELDS.put("sellerTaxNumber", "seller_tax_number");
		CORPUS_FIELDS.put("sellerIban", "iban");
		CORPUS_FIELDS.put("buyerName", "buyer_name");
		CORPUS_FIELDS.put("buyerReference", "buyer_reference");
		CORPUS_FIELDS.put("netTotal", "net_total");
		CORPUS_FIELDS.put("taxTotal", "tax_total");
		CORPUS_FIELDS.put("grossTotal", "grand_total");
		CORPUS_FIELDS.put("payableAmount", "payable_amount");
	}

	private ExpectedInvoices() {
	}

	static List<ExpectedInvoice> all() {
		List<ExpectedInvoice> all = new ArrayList<>(samples());
		all.addAll(corpus());
		return all;
	}

	static List<ExpectedInvoice> samples() {
		Path expected = SAMPLES.resolve("expected");
		if (!Files.isDirectory(expected)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(expected)) {
			return files.filter(file -> file.toString().endsWith(".json")).sorted().map(ExpectedInvoices::sample).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static ExpectedInvoice sample(Path json) {
		JsonNode node = read(json);
		String name = json.getFileName().toString().replaceFirst("\\.json$", "");
		Map<String, String> values = new LinkedHashMap<>();
		node.fields().forEachRemaining(field -> {
			if (field.getValue().isValueNode()) {
				values.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
			}
		});
		return new ExpectedInvoice(SAMPLES.resolve(name), category(node.path("kind").asText(), name), values);
	}

	private static Category category(String kind, String fileName) {
		return switch (kind) {
			case "XRECHNUNG_UBL", "XRECHNUNG_CII", "ZUGFERD" -> Category.E_INVOICE;
			case "TEXT_PDF" -> Category.TEXT_PDF;
			default -> fileName.toLowerCase().matches(".*\\.jpe?g$") ? Category.PHOTO : Category.SCAN;
		};
	}

	static List<ExpectedInvoice> corpus() {
		List<ExpectedInvoice> result = new ArrayList<>();
		for (String suite : List.of("xrechnung-testsuite", "en16931-examples")) {
			try (Stream<Path> files = Files.list(CORPUS.resolve(suite).resolve("truth"))) {
				files.filter(file -> file.toString().endsWith(".json") && !file.getFileName().toString().startsWith("_"))
					.sorted()
					.forEach(file -> {
						JsonNode truth = read(file);
						JsonNode fields = truth.get("fields");
						Map<String, String> values = new LinkedHashMap<>();
						CORPUS_FIELDS.forEach((ours, theirs) -> {
							JsonNode value = fields.get(theirs);
							values.put(ours, value == null || value.isNull() ? null : value.asText());
						});
						result.add(new ExpectedInvoice(CORPUS.resolve(suite).resolve(truth.get("source").asText()),
								Category.E_INVOICE, values));
					});
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return result;
	}

	private static JsonNode read(Path json) {
		try {
			return ExtractionJson.mapper().readTree(json.toFile());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
