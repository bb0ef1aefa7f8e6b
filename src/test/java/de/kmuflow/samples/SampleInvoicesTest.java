package de.kmuflow.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.iban4j.IbanUtil;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kmuflow.extraction.DocumentKind;

/**
 * The committed samples agree with their expected values: every document has them, the amounts add
 * up, identifiers carry valid check digits, and the files are what their kind says.
 */
class SampleInvoicesTest {

	private static final Path SAMPLES = Path.of("sample-invoices");
	private static final Set<String> NOT_GENERATED = Set.of("README.md", "xrechnung-cii-01.11a.xml",
			"xrechnung-ubl-01.20a.xml");
	private static final String AMOUNT = "-?\\d+\\.\\d{2}";

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void everyDocumentHasExpectedValuesAndEveryExpectationADocument() throws IOException {
		List<String> documents = documents();
		List<String> expected;
		try (Stream<Path> files = Files.list(SAMPLES.resolve("expected"))) {
			expected = files.map(p -> p.getFileName().toString()).sorted().toList();
		}

		assertThat(documents).hasSizeGreaterThanOrEqualTo(40);
		assertThat(expected).containsExactlyElementsOf(documents.stream().map(d -> d + ".json").sorted().toList());
	}

	@Test
	void coversEveryKindOfDocumentSeveralTimes() throws IOException {
		List<String> kinds = new ArrayList<>();
		for (String document : documents()) {
			kinds.add(expected(document).get("kind").asText());
		}

		for (DocumentKind kind : DocumentKind.values()) {
			if (kind != DocumentKind.OTHER) {
				assertThat(kinds).as(kind.name()).filteredOn(kind.name()::equals).hasSizeGreaterThanOrEqualTo(2);
			}
		}
	}

	@TestFactory
	Stream<DynamicTest> expectedValuesAreConsistent() throws IOException {
		return documents().stream().map(document -> DynamicTest.dynamicTest(document, () -> {
			JsonNode e = expected(document);
			assertThat(e.get("file").asText()).isEqualTo(document);
			assertThat(DocumentKind.valueOf(e.get("kind").asText())).isNotEqualTo(DocumentKind.OTHER);
			assertThat(e.get("currency").asText()).matches("[A-Z]{3}");
			assertThat(e.get("sellerName").asText()).isNotBlank();
			totalsAddUp(e);
			taxBreakdownAddsUp(e);
			linesAddUp(e);
			datesAreOrdered(e);
			identifiersAreValid(e);
		}));
	}

	@TestFactory
	Stream<DynamicTest> filesAreWhatTheirKindSays() throws IOException {
		return documents().stream().map(document -> DynamicTest.dynamicTest(document, () -> {
			JsonNode e = expected(document);
			byte[] content = Files.readAllBytes(SAMPLES.resolve(document));
			switch (DocumentKind.valueOf(e.get("kind").asText())) {
				case TEXT_PDF -> textPdfShowsItsValues(content, e);
				case SCANNED_PDF -> scannedPdfHasNoText(content);
				case ZUGFERD -> zugferdCarriesItsValues(content, e);
				case XRECHNUNG_CII -> xmlCarriesItsValues(content, e, "CrossIndustryInvoice",
						"//*[local-name()='ExchangedDocument']/*[local-name()='ID']",
						"//*[local-name()='GrandTotalAmount']");
				case XRECHNUNG_UBL -> xmlCarriesItsValues(content, e, "Invoice", "/*/*[local-name()='ID']",
						"/*/*[local-name()='LegalMonetaryTotal']/*[local-name()='TaxInclusiveAmount']");
				case IMAGE -> assertThat(isImage(content)).as("PNG, JPEG or TIFF signature").isTrue();
				default -> throw new AssertionError("unexpected kind " + e.get("kind"));
			}
		}));
	}

	@Test
	void badFilesAreBrokenInTheWayTheirNamesSay() throws Exception {
		Path bad = SAMPLES.resolve("bad");
		assertThat(Files.size(bad.resolve("empty.pdf"))).isZero();
		byte[] truncated = Files.readAllBytes(bad.resolve("truncated.pdf"));
		assertThat(new String(truncated, StandardCharsets.ISO_8859_1)).startsWith("%PDF").doesNotContain("%%EOF");
		assertThatThrownBy(() -> Loader.loadPDF(bad.resolve("encrypted.pdf").toFile()))
				.isInstanceOf(InvalidPasswordException.class);
		try (PDDocument unlocked = Loader.loadPDF(bad.resolve("encrypted.pdf").toFile(), "geheim")) {
			assertThat(unlocked.isEncrypted()).isTrue();
		}
		assertThat(Files.readString(bad.resolve("xxe.xml"))).contains("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">")
				.contains("&xxe;");
		byte[] zip = Files.readAllBytes(bad.resolve("not-an-invoice.zip"));
		assertThat(Arrays.copyOf(zip, 2)).isEqualTo(new byte[] {'P', 'K'});
		try (PDDocument letter = Loader.loadPDF(bad.resolve("letter-no-invoice.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(letter)).contains("Einladung").doesNotContain("Rechnung")
					.doesNotContainPattern("\\d+,\\d\\d");
		}

		byte[] bomb = Files.readAllBytes(bad.resolve("bomb.png"));
		assertThat(bomb.length).isLessThan(2 << 20);
		// IHDR starts after the 8-byte signature, 4 bytes length and 4 bytes type
		assertThat(ByteBuffer.wrap(bomb, 16, 8).getInt()).isEqualTo(30_000);
		assertThat(ByteBuffer.wrap(bomb, 20, 4).getInt()).isEqualTo(30_000);
	}

	@Test
	void benchmarkTiffHasTenA4PagesAt300Dpi() throws IOException {
		Path tiff = SAMPLES.resolve("bench/ten-pages-300dpi.tif");
		assertThat(Files.size(tiff)).isLessThan(10L << 20);
		try (ImageInputStream input = ImageIO.createImageInputStream(tiff.toFile())) {
			ImageReader reader = ImageIO.getImageReaders(input).next();
			reader.setInput(input);
			assertThat(reader.getNumImages(true)).isEqualTo(10);
			// A4 is 210 x 297 mm: 2480 x 3508 pixels at 300 dpi
			assertThat(reader.getWidth(0)).isBetween(2475, 2485);
			assertThat(reader.getHeight(0)).isBetween(3500, 3512);
			reader.dispose();
		}
	}

	@Test
	void readmeListsEveryFileAndTheFolderStaysSmall() throws IOException {
		String readme = Files.readString(SAMPLES.resolve("README.md"));
		long bytes = 0;
		try (Stream<Path> files = Files.walk(SAMPLES)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				bytes += Files.size(file);
				String relative = SAMPLES.relativize(file).toString();
				if (!relative.startsWith("expected") && !relative.equals("README.md")) {
					assertThat(readme).as("README mentions " + relative).contains("`" + relative + "`");
				}
			}
		}
		assertThat(bytes).isLessThan(15L << 20);
		assertThat(readme).contains("fictional");
	}

	private static List<String> documents() throws IOException {
		try (Stream<Path> files = Files.list(SAMPLES)) {
			return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
					.filter(name -> !NOT_GENERATED.contains(name)).sorted().toList();
		}
	}

	private JsonNode expected(String document) throws IOException {
		return json.readTree(SAMPLES.resolve("expected").resolve(document + ".json").toFile());
	}

	private static void totalsAddUp(JsonNode e) {
		BigDecimal gross = amount(e, "grossTotal");
		BigDecimal payable = amount(e, "payableAmount");
		assertThat(gross).as("grossTotal").isNotNull();
		assertThat(payable).as("payableAmount").isNotNull();
		BigDecimal net = amount(e, "netTotal");
		BigDecimal tax = amount(e, "taxTotal");
		if (net != null && tax != null) {
			assertThat(net.add(tax)).as("net + tax").isEqualByComparingTo(gross);
		}
		// deductions (down payment, card payment) lower what is due, never raise it or flip its sign
		assertThat(payable.abs()).isLessThanOrEqualTo(gross.abs());
		assertThat(payable.signum() * gross.signum()).isNotNegative();
	}

	private static void taxBreakdownAddsUp(JsonNode e) {
		JsonNode breakdown = e.get("taxBreakdown");
		assertThat(breakdown.size()).as("tax rates").isPositive();
		BigDecimal nets = BigDecimal.ZERO;
		BigDecimal taxes = BigDecimal.ZERO;
		boolean allNets = true;
		boolean allTaxes = true;
		for (JsonNode rate : breakdown) {
			BigDecimal percent = amount(rate, "rate");
			BigDecimal net = amount(rate, "net");
			BigDecimal tax = amount(rate, "tax");
			assertThat(percent).isIn(new BigDecimal("19.00"), new BigDecimal("7.00"), new BigDecimal("0.00"));
			if (net != null && tax != null) {
				BigDecimal computed = net.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
				assertThat(tax).as("tax at " + percent + " % of " + net).isEqualByComparingTo(computed);
			}
			allNets &= net != null;
			allTaxes &= tax != null;
			nets = net == null ? nets : nets.add(net);
			taxes = tax == null ? taxes : taxes.add(tax);
		}
		if (allNets && amount(e, "netTotal") != null) {
			assertThat(nets).as("nets per rate").isEqualByComparingTo(amount(e, "netTotal"));
		}
		if (allTaxes && amount(e, "taxTotal") != null) {
			assertThat(taxes).as("taxes per rate").isEqualByComparingTo(amount(e, "taxTotal"));
		}
	}

	private static void linesAddUp(JsonNode e) {
		JsonNode lines = e.get("lines");
		assertThat(lines.size()).as("lines").isPositive();
		BigDecimal sum = BigDecimal.ZERO;
		boolean complete = true;
		for (JsonNode line : lines) {
			assertThat(line.get("description").asText()).isNotBlank();
			BigDecimal quantity = decimal(line, "quantity");
			BigDecimal price = decimal(line, "unitPrice");
			BigDecimal net = amount(line, "net");
			if (quantity != null && price != null && net != null) {
				assertThat(net).as(line.get("description").asText())
						.isEqualByComparingTo(quantity.multiply(price).setScale(2, RoundingMode.HALF_UP));
				assertThat(price.signum()).as("unit prices stay positive, credits have negative quantities").isPositive();
			}
			complete &= net != null;
			sum = net == null ? sum : sum.add(net);
		}
		if (complete) {
			assertThat(sum).as("sum of lines").isEqualByComparingTo(amount(e, "netTotal"));
		}
	}

	private static void datesAreOrdered(JsonNode e) {
		LocalDate issue = LocalDate.parse(e.get("issueDate").asText());
		assertThat(issue.getYear()).isEqualTo(2026);
		LocalDate due = date(e, "dueDate");
		if (due != null) {
			assertThat(due).isAfterOrEqualTo(issue);
		}
		JsonNode discount = e.get("cashDiscount");
		if (!discount.isNull()) {
			assertThat(amount(discount, "percent")).isBetween(new BigDecimal("0.50"), new BigDecimal("5.00"));
			assertThat(discount.get("days").isNull() && discount.get("dueDate").isNull()).as("days or date").isFalse();
			LocalDate until = date(discount, "dueDate");
			if (until != null) {
				assertThat(until).isAfter(issue).isBeforeOrEqualTo(due);
			}
		}
	}

	private static void identifiersAreValid(JsonNode e) {
		String iban = text(e, "sellerIban");
		if (iban != null) {
			assertThat(iban).doesNotContain(" ");
			assertThat(IbanUtil.isValid(iban)).as(iban).isTrue();
		}
		String vatId = text(e, "sellerVatId");
		if (vatId != null) {
			assertThat(vatId).matches("[A-Z]{2}[0-9A-Z]{8,12}");
			if (vatId.startsWith("DE")) {
				assertThat(vatId).matches("DE\\d{9}");
				assertThat(germanVatCheckDigit(vatId.substring(2, 10))).as(vatId).isEqualTo(vatId.charAt(10) - '0');
			}
		}
		String taxNumber = text(e, "sellerTaxNumber");
		if (taxNumber != null) {
			assertThat(taxNumber).matches("\\d{2,5}/\\d{3,5}(/\\d{4,5})?");
		}
		assertThat(vatId != null || taxNumber != null).as("seller VAT ID or tax number").isTrue();
	}

	/** ISO 7064 MOD 11,10 over the eight digits after "DE". */
	private static int germanVatCheckDigit(String digits) {
		int product = 10;
		for (char c : digits.toCharArray()) {
			int sum = (c - '0' + product) % 10;
			product = (2 * (sum == 0 ? 10 : sum)) % 11;
		}
		int check = 11 - product;
		return check == 10 ? 0 : check;
	}

	private static void textPdfShowsItsValues(byte[] content, JsonNode e) throws IOException {
		try (PDDocument document = Loader.loadPDF(content)) {
			String text = new PDFTextStripper().getText(document);
			if (!e.get("invoiceNumber").isNull()) {
				assertThat(text).contains(e.get("invoiceNumber").asText());
			}
			assertThat(text).containsAnyOf(printed(amount(e, "grossTotal")));
		}
	}

	private static void scannedPdfHasNoText(byte[] content) throws IOException {
		try (PDDocument document = Loader.loadPDF(content)) {
			assertThat(new PDFTextStripper().getText(document)).isBlank();
			assertThat(document.getPage(0).getResources().getXObjectNames()).isNotEmpty();
		}
	}

	private static void zugferdCarriesItsValues(byte[] content, JsonNode e) throws Exception {
		try (PDDocument document = Loader.loadPDF(content)) {
			textPdfShowsItsValues(content, e);
			PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
			Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
			assertThat(files).isNotEmpty();
			PDComplexFileSpecification xml = files.values().iterator().next();
			byte[] embedded = xml.getEmbeddedFile().toByteArray();
			xmlCarriesItsValues(embedded, e, "CrossIndustryInvoice",
					"//*[local-name()='ExchangedDocument']/*[local-name()='ID']", "//*[local-name()='GrandTotalAmount']");
		}
	}

	private static void xmlCarriesItsValues(byte[] content, JsonNode e, String root, String number, String gross)
			throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo(root);
		var xpath = XPathFactory.newInstance().newXPath();
		assertThat(xpath.evaluate(number, xml).trim()).isEqualTo(e.get("invoiceNumber").asText());
		assertThat(new BigDecimal(xpath.evaluate(gross, xml).trim())).isEqualByComparingTo(amount(e, "grossTotal"));
	}

	private static boolean isImage(byte[] content) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				return false;
			}
			String format = readers.next().getFormatName().toLowerCase(Locale.ROOT);
			return Set.of("png", "jpeg", "tif", "tiff").contains(format);
		}
	}

	/** The amount as a German and as an English document prints it. */
	private static String[] printed(BigDecimal amount) {
		return new String[] {format(amount, Locale.GERMANY), format(amount, Locale.US)};
	}

	private static String format(BigDecimal amount, Locale locale) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
		symbols.setMinusSign('-');
		return new DecimalFormat("#,##0.00", symbols).format(amount);
	}

	private static BigDecimal amount(JsonNode node, String field) {
		String value = text(node, field);
		if (value == null) {
			return null;
		}
		assertThat(value).as(field).matches(AMOUNT);
		return new BigDecimal(value);
	}

	private static BigDecimal decimal(JsonNode node, String field) {
		String value = text(node, field);
		return value == null ? null : new BigDecimal(value);
	}

	private static LocalDate date(JsonNode node, String field) {
		String value = text(node, field);
		return value == null ? null : LocalDate.parse(value);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		assertThat(value).as("field " + field + " present (null allowed)").isNotNull();
		return value.isNull() ? null : value.asText();
	}
}
