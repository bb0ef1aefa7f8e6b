package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.Severity;
import de.kmuflow.extraction.TaxLine;
import de.kmuflow.extraction.internal.einvoice.EInvoiceValidator;
import de.kmuflow.invoice.rules.ArithmeticRule;
import de.kmuflow.invoice.rules.DueDateRule;
import de.kmuflow.invoice.rules.DuplicateRule;
import de.kmuflow.invoice.rules.Facts;
import de.kmuflow.invoice.rules.Finding;
import de.kmuflow.invoice.rules.IbanRule;
import de.kmuflow.invoice.rules.InvoiceValidator;
import de.kmuflow.invoice.rules.LowConfidenceRule;
import de.kmuflow.invoice.rules.MandatoryContentsRule;
import de.kmuflow.invoice.rules.NewSupplierRule;
import de.kmuflow.invoice.rules.OrderMatchRule;
import de.kmuflow.invoice.rules.ReadingFindingsRule;
import de.kmuflow.invoice.rules.SmallAmountRule;
import de.kmuflow.invoice.rules.TaxNumberRule;
import de.kmuflow.invoice.rules.UnreadableRule;
import de.kmuflow.invoice.rules.VatIdRule;
import de.kmuflow.platform.PageFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Findings in the reader's language: German as the rule wrote it, English under {@code ?lang=en} from
 * the message bundle by the finding's code, its amounts and dates written the English way; stored as
 * JSON and read back, as the invoice page gets them.
 */
class FindingTextsTest {

	private static final List<Class<?>> RULES = List.of(ArithmeticRule.class, DueDateRule.class, DuplicateRule.class,
			IbanRule.class, InvoiceValidator.class, LowConfidenceRule.class, MandatoryContentsRule.class,
			NewSupplierRule.class, OrderMatchRule.class, ReadingFindingsRule.class, SmallAmountRule.class,
			TaxNumberRule.class, UnreadableRule.class, VatIdRule.class);

	private final ObjectMapper json = new ObjectMapper();
	private final InvoiceTexts texts = new InvoiceTexts(new PageFormats(ZoneId.of("Europe/Berlin")), messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void everyFindingCodeHasAnEnglishText() throws Exception {
		Properties english = new Properties();
		try (var in = new InputStreamReader(getClass().getResourceAsStream("/messages_en.properties"),
				StandardCharsets.UTF_8)) {
			english.load(in);
		}
		List<String> codes = new ArrayList<>();
		for (Class<?> rule : RULES) {
			for (Field field : rule.getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
					codes.add((String) field.get(null));
				}
			}
		}
		assertThat(codes).hasSizeGreaterThan(30);
		for (String code : codes) {
			assertThat(english.stringPropertyNames())
				.as("English text for finding " + code)
				.anyMatch(key -> key.equals("finding." + code) || key.startsWith("finding." + code + "."));
		}
	}

	@Test
	void arithmeticSaysItsAmountsTheEnglishWay() throws IOException {
		ExtractedInvoice invoice = invoice()
			.set(InvoiceField.NET_TOTAL, new BigDecimal("1000.00"))
			.set(InvoiceField.TAX_TOTAL, new BigDecimal("190.00"))
			.set(InvoiceField.GROSS_TOTAL, new BigDecimal("1109.00"))
			.taxLine(new TaxLine(new BigDecimal("19"), new BigDecimal("1000.00"), new BigDecimal("190.00")))
			.build();
		JsonNode finding = stored(new ArithmeticRule().check(invoice).get(0));

		assertThat(german(finding)).isEqualTo("Netto 1.000,00 € + Steuer 190,00 € ergibt 1.190,00 €,"
				+ " der Bruttobetrag der Rechnung ist aber 1.109,00 €.");
		assertThat(english(finding))
			.isEqualTo("Net €1,000.00 plus tax €190.00 makes €1,190.00, but the gross amount of the invoice is €1,109.00.");
	}

	@Test
	void datesAndVariantsAreSaidInEnglish() throws IOException {
		Clock today = Clock.fixed(LocalDate.of(2026, 3, 20).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		ExtractedInvoice invoice = invoice()
			.set(InvoiceField.ISSUE_DATE, LocalDate.of(2026, 3, 18))
			.set(InvoiceField.DUE_DATE, LocalDate.of(2026, 3, 1))
			.set(InvoiceField.DELIVERY_DATE, LocalDate.of(2024, 1, 5))
			.build();
		List<String> english = new ArrayList<>();
		for (Finding finding : new DueDateRule(today).check(invoice)) {
			english.add(english(stored(finding)));
		}

		assertThat(english).containsExactlyInAnyOrder("The due date 1 Mar 2026 is before the invoice date 18 Mar 2026.",
				"The delivery date 5 Jan 2024 is more than a year before the invoice date 18 Mar 2026;"
						+ " please check it was read correctly.");
	}

	@Test
	void everyRuleOnABadInvoiceSpeaksEnglishCompletely() throws IOException {
		ExtractedInvoice bad = ExtractedInvoice.builder(DocumentKind.TEXT_PDF)
			.set(InvoiceField.CURRENCY, "EUR")
			.set(InvoiceField.SELLER_NAME, "Elektro Kessler e.K.")
			.set(InvoiceField.ISSUE_DATE, LocalDate.of(2026, 3, 5))
			.set(InvoiceField.SELLER_VAT_ID, "GR123456789")
			.set(InvoiceField.SELLER_TAX_NUMBER, "12/34")
			.set(InvoiceField.SELLER_IBAN, "DE89 3704 0044 0532 0130 01")
			.set(InvoiceField.NET_TOTAL, new BigDecimal("100.00"))
			.set(InvoiceField.TAX_TOTAL, new BigDecimal("19.02"))
			.set(InvoiceField.GROSS_TOTAL, new BigDecimal("119.02"))
			.taxLine(new TaxLine(new BigDecimal("19"), new BigDecimal("100.00"), new BigDecimal("19.02")))
			.build();
		Facts facts = new Facts("die PDF-Datei ist beschädigt", false, java.util.Optional.empty(), false,
				List.of(new Facts.EarlierInvoice(UUID.randomUUID(), "RE-1", new BigDecimal("119.02"), LocalDate.of(2026, 3, 1))));
		List<Finding> findings = new InvoiceValidator(List.of(new MandatoryContentsRule(), new ArithmeticRule(),
				new VatIdRule(), new TaxNumberRule(), new IbanRule(), new NewSupplierRule(), new UnreadableRule(),
				new DuplicateRule(14)))
			.validate(bad, facts);

		assertThat(findings).hasSizeGreaterThan(8);
		for (Finding finding : findings) {
			JsonNode stored = stored(finding);
			String english = english(stored);
			assertThat(english).as(finding.rule()).isNotEqualTo(finding.message())
				.doesNotContain("{", "amount:", "date:", "rate:", "fehlt", "Rechnung", "bitte");
			assertThat(german(stored)).isEqualTo(finding.message());
		}
	}

	@Test
	void brokenEInvoiceRulesAreNamedInGermanWithTheRulesOwnWords() throws IOException {
		String xml = Files.readString(Path.of("sample-invoices/xrechnung-ubl-elektro-kessler-stadt-talbrueck.xml"));
		String broken = xml.replace("<cbc:BuyerReference>05-1-7-07654321-12-90</cbc:BuyerReference>", "")
			.replace("<cbc:PayableAmount currencyID=\"EUR\">825.86</cbc:PayableAmount>",
					"<cbc:PayableAmount currencyID=\"EUR\">852.86</cbc:PayableAmount>");
		assertThat(broken).isNotEqualTo(xml).doesNotContain("BuyerReference", "825.86</cbc:PayableAmount>");
		ExtractedInvoice.Builder read = invoice();
		new EInvoiceValidator().validate(broken.getBytes(StandardCharsets.UTF_8)).forEach(read::finding);
		List<JsonNode> findings = new ArrayList<>();
		for (Finding finding : new ReadingFindingsRule().check(read.build())) {
			findings.add(stored(finding));
		}

		// XRechnung words its own rule in German, EN 16931 in English: each is said as it is worded
		assertThat(findings).extracting(this::german).contains(
				"E-Rechnung verletzt die Prüfregel BR-DE-15 (Wortlaut der Regel: Das Element \"Buyer reference\" (BT-10)"
						+ " muss übermittelt werden.)",
				"E-Rechnung verletzt die Prüfregel BR-CO-16 (Wortlaut der Regel, englisch: Amount due for payment (BT-115)"
						+ " = Invoice total amount with VAT (BT-112) -Paid amount (BT-113) +Rounding amount (BT-114).)");
		assertThat(findings).extracting(this::english).contains(
				"The e-invoice breaks validation rule BR-DE-15 (the rule's words, in German: Das Element \"Buyer reference\""
						+ " (BT-10) muss übermittelt werden.)",
				"The e-invoice breaks validation rule BR-CO-16 (the rule's words: Amount due for payment (BT-115)"
						+ " = Invoice total amount with VAT (BT-112) -Paid amount (BT-113) +Rounding amount (BT-114).)");
		assertThat(findings).extracting(this::german).allSatisfy(text -> assertThat(text)
			.startsWith("E-Rechnung verletzt die Prüfregel ").doesNotContain("[ID", "from /xslt", "Fehler:"));
	}

	@Test
	void anEInvoiceOutOfItsSchemaSaysSoInGerman() throws IOException {
		String xml = Files.readString(Path.of("sample-invoices/xrechnung-ubl-elektro-kessler-stadt-talbrueck.xml"))
			.replace("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>",
					"<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cbc:Gruss>Hallo</cbc:Gruss>");
		ExtractedInvoice.Builder read = invoice();
		new EInvoiceValidator().validate(xml.getBytes(StandardCharsets.UTF_8)).forEach(read::finding);
		JsonNode schema = null;
		for (Finding finding : new ReadingFindingsRule().check(read.build())) {
			if (finding.text().endsWith(".schema")) {
				schema = stored(finding);
			}
		}

		assertThat(schema).as("a schema finding").isNotNull();
		assertThat(german(schema)).startsWith("E-Rechnung entspricht nicht dem vorgeschriebenen XML-Aufbau ihres Formats"
				+ " (Meldung der Prüfung, englisch: ").contains("Gruss").doesNotContain("SAXParseException");
		assertThat(english(schema))
			.startsWith("The e-invoice does not have the XML structure its format prescribes (the check's message: ")
			.contains("Gruss");
	}

	@Test
	void aFindingStoredBeforeFindingsHadTextsStaysGerman() throws IOException {
		JsonNode old = json.readTree("{\"rule\":\"NEW_SUPPLIER\",\"severity\":\"WARNING\",\"field\":\"sellerName\","
				+ "\"message\":\"Neuer Lieferant: Kessler. Bitte Stammdaten (USt-IdNr., IBAN) prüfen.\",\"relatedInvoice\":null}");

		assertThat(english(old)).isEqualTo("Neuer Lieferant: Kessler. Bitte Stammdaten (USt-IdNr., IBAN) prüfen.");
		assertThat(json.treeToValue(old, Finding.class).severity()).isEqualTo(Severity.WARNING);
	}

	private static ExtractedInvoice.Builder invoice() {
		return ExtractedInvoice.builder(DocumentKind.TEXT_PDF).set(InvoiceField.CURRENCY, "EUR");
	}

	/** As the invoice page reads it: the finding stored as JSON and read back. */
	private JsonNode stored(Finding finding) throws IOException {
		return json.readTree(json.writeValueAsString(finding));
	}

	private String german(JsonNode finding) {
		LocaleContextHolder.setLocale(Locale.GERMAN);
		return texts.finding(finding);
	}

	private String english(JsonNode finding) {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		return texts.finding(finding);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
