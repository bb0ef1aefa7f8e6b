package de.kmuflow.extraction.internal.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.extraction.ExtractedInvoice;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every invoice of the public KoSIT XRechnung test suite and the CEN EN 16931 examples must be
 * read, and every field must equal the truth recorded beside it.
 */
class CorpusAgreementTest {

	static final Path CORPUS = Path.of("../shared/corpus");
	private static final List<String> SUITES = List.of("xrechnung-testsuite", "en16931-examples");

	private final ObjectMapper json = new ObjectMapper();
	private final EInvoiceReader reader = new EInvoiceReader();

	@Test
	void corpusIsComplete() throws IOException {
		assertThat(truthFiles("xrechnung-testsuite")).hasSize(86);
		assertThat(truthFiles("en16931-examples")).hasSize(34);
	}

	@TestFactory
	Stream<DynamicTest> everyCorpusInvoiceEqualsItsTruth() {
		return SUITES.stream().flatMap(suite -> {
			try {
				return truthFiles(suite).stream().map(truth -> DynamicTest.dynamicTest(
						suite + "/" + truth.getFileName(), () -> assertAgrees(suite, truth)));
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private void assertAgrees(String suite, Path truthFile) throws IOException {
		JsonNode truth = json.readTree(truthFile.toFile());
		JsonNode expected = truth.get("fields");
		ExtractedInvoice invoice = reader.readXml(Files.readAllBytes(CORPUS.resolve(suite).resolve(truth.get("source").asText())));

		SoftAssertions soft = new SoftAssertions();
		soft.assertThat(invoice.invoiceNumber()).as("invoice number").isEqualTo(text(expected, "invoice_number"));
		soft.assertThat(invoice.documentTypeCode()).as("type code").isEqualTo(text(expected, "document_type_code"));
		soft.assertThat(string(invoice.issueDate())).as("issue date").isEqualTo(text(expected, "issue_date"));
		soft.assertThat(string(invoice.dueDate())).as("due date").isEqualTo(text(expected, "due_date"));
		soft.assertThat(invoice.currency()).as("currency").isEqualTo(text(expected, "currency"));
		soft.assertThat(invoice.buyerReference()).as("buyer reference").isEqualTo(text(expected, "buyer_reference"));
		soft.assertThat(invoice.sellerName()).as("seller name").isEqualTo(text(expected, "seller_name"));
		soft.assertThat(invoice.buyerName()).as("buyer name").isEqualTo(text(expected, "buyer_name"));
		soft.assertThat(invoice.sellerVatId()).as("seller VAT ID").isEqualTo(compact(text(expected, "seller_vat_id")));
		soft.assertThat(invoice.sellerTaxNumber()).as("seller tax number").isEqualTo(text(expected, "seller_tax_number"));
		soft.assertThat(invoice.sellerIban()).as("IBAN").isEqualTo(compact(text(expected, "iban")));
		assertAmount(soft, "net total", invoice.netTotal(), expected, "net_total");
		assertAmount(soft, "tax total", invoice.taxTotal(), expected, "tax_total");
		assertAmount(soft, "grand total", invoice.grossTotal(), expected, "grand_total");
		assertAmount(soft, "payable amount", invoice.payableAmount(), expected, "payable_amount");
		soft.assertThat(invoice.lines()).as("line count").hasSize(expected.get("line_count").asInt());
		soft.assertAll();
	}

	private static void assertAmount(SoftAssertions soft, String name, BigDecimal actual, JsonNode expected, String field) {
		String value = text(expected, field);
		if (value == null) {
			soft.assertThat(actual).as(name).isNull();
		}
		else {
			soft.assertThat(actual).as(name).isNotNull();
			if (actual != null) {
				soft.assertThat(actual).as(name).isEqualByComparingTo(value);
			}
		}
	}

	static List<Path> truthFiles(String suite) throws IOException {
		try (Stream<Path> files = Files.list(CORPUS.resolve(suite).resolve("truth"))) {
			return files.filter(file -> file.toString().endsWith(".json") && !file.getFileName().toString().startsWith("_"))
				.sorted()
				.toList();
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}

	private static String compact(String value) {
		return value == null ? null : value.replaceAll("\\s+", "");
	}

	private static String string(Object value) {
		return value == null ? null : value.toString();
	}
}
