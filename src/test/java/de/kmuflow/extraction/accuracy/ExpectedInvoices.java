package de.kmuflow.extraction.accuracy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import com.fasterxml.jackson.databind.JsonNode;
import de.kmuflow.extraction.ExtractionJson;
import de.kmuflow.extraction.accuracy.ExpectedInvoice.Category;
import de.kmuflow.extraction.accuracy.ExpectedInvoice.Half;

/**
 * Loads what the documents should yield: {@code sample-invoices/expected/<file>.json} for the
 * project's own samples, the truth files of the public e-invoice corpus, and those of real-pdf
 * (printed pages of other producers' invoices whose embedded XML is the truth).
 */
final class ExpectedInvoices {

	static final Path SAMPLES = Path.of("sample-invoices");
	static final Path CORPUS = Path.of("../shared/corpus");
	static final Path REAL_PDF = CORPUS.resolve("real-pdf");
	static final Path RECEIPTS = Path.of("sample-receipts");

	/** What a till receipt carries, by contract field name -> truth name; no number, no buyer, no bank. */
	private static final Map<String, String> RECEIPT_FIELDS = new LinkedHashMap<>();

	/** real-pdf's folders and the kind of document each holds. */
	private static final Map<String, Category> REAL_PDF_KINDS = Map.of("text", Category.TEXT_PDF, "scan-300dpi",
			Category.SCAN, "photo-200dpi", Category.PHOTO);

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
		for (String field : List.of("issueDate", "currency", "sellerName", "sellerVatId", "sellerTaxNumber", "netTotal",
				"taxTotal", "grossTotal")) {
			RECEIPT_FIELDS.put(field, CORPUS_FIELDS.get(field));
		}
	}

	private ExpectedInvoices() {
	}

	static List<ExpectedInvoice> all() {
		List<ExpectedInvoice> all = new ArrayList<>(samples());
		all.addAll(corpus());
		all.addAll(realPdf());
		all.addAll(receipts());
		return all;
	}

	/**
	 * The receipt set: {@code sample-receipts/NN-kind-scan.jpg|photo.jpg} with its truth beside it, whose
	 * half (tune, check) is the receipt's family.
	 */
	static List<ExpectedInvoice> receipts() {
		if (!Files.isDirectory(RECEIPTS)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(RECEIPTS)) {
			return files.filter(file -> file.toString().endsWith(".json")).sorted().map(file -> {
				JsonNode truth = read(file);
				JsonNode fields = truth.get("fields");
				Map<String, String> values = new LinkedHashMap<>();
				RECEIPT_FIELDS.forEach((ours, theirs) -> {
					JsonNode value = fields.get(theirs);
					values.put(ours, value == null || value.isNull() ? null : value.asText());
				});
				Category category = truth.get("kind").asText().equals("photo") ? Category.PHOTO : Category.SCAN;
				return new ExpectedInvoice(RECEIPTS.resolve(truth.get("source").asText()), category, values,
						ExpectedInvoice.RECEIPTS, Half.valueOf(truth.get("half").asText().toUpperCase(Locale.ROOT)));
			}).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
		return new ExpectedInvoice(SAMPLES.resolve(name), category(node.path("kind").asText(), name), values,
				ExpectedInvoice.OURS);
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
						result.add(new ExpectedInvoice(CORPUS.resolve(suite).resolve(truth.get("source").asText()),
								Category.E_INVOICE, truthValues(truth), ExpectedInvoice.E_INVOICE_CORPUS));
					});
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return result;
	}

	/** real-pdf: {@code <kind>/NNN.pdf|jpg} with its truth in {@code <kind>/truth/NNN.json}. */
	static List<ExpectedInvoice> realPdf() {
		List<ExpectedInvoice> result = new ArrayList<>();
		for (String kind : List.of("text", "scan-300dpi", "photo-200dpi")) {
			Path folder = REAL_PDF.resolve(kind);
			if (!Files.isDirectory(folder.resolve("truth"))) {
				continue;
			}
			try (Stream<Path> files = Files.list(folder.resolve("truth"))) {
				files.filter(file -> file.toString().endsWith(".json")).sorted().forEach(file -> {
					JsonNode truth = read(file);
					String number = file.getFileName().toString().replaceFirst("\\.json$", "");
					Path document = Files.exists(folder.resolve(number + ".pdf")) ? folder.resolve(number + ".pdf")
							: folder.resolve(number + ".jpg");
					result.add(new ExpectedInvoice(document, REAL_PDF_KINDS.get(kind), truthValues(truth),
							ExpectedInvoice.REAL_PDF, half(truth.get("fields"))));
				});
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return result;
	}

	/**
	 * The fixed split of real-pdf, by a checksum of what identifies an invoice (number, seller,
	 * amount): every rendering of one invoice - text, scan, photo, a second producer's copy - falls
	 * into the same half, so the check half holds no invoice the tuning half showed.
	 */
	static Half half(JsonNode fields) {
		String key = fields.path("invoice_number").asText("") + "|"
				+ fields.path("seller_name").asText("").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
				+ "|" + fields.path("grand_total").asText("");
		CRC32 checksum = new CRC32();
		checksum.update(key.getBytes(StandardCharsets.UTF_8));
		return checksum.getValue() % 2 == 0 ? Half.TUNE : Half.CHECK;
	}

	private static Map<String, String> truthValues(JsonNode truth) {
		JsonNode fields = truth.get("fields");
		Map<String, String> values = new LinkedHashMap<>();
		CORPUS_FIELDS.forEach((ours, theirs) -> {
			JsonNode value = fields.get(theirs);
			values.put(ours, value == null || value.isNull() ? null : value.asText());
		});
		// the line table, reported apart from the fields: how many lines, and what they add up to
		JsonNode lineCount = fields.get("line_count");
		if (lineCount != null && lineCount.asInt() > 0) {
			values.put(AccuracyReport.LINE_COUNT, lineCount.asText());
			JsonNode lineTotal = fields.get("line_total");
			values.put(AccuracyReport.LINE_TOTAL, lineTotal == null || lineTotal.isNull() ? null : lineTotal.asText());
		}
		return values;
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
