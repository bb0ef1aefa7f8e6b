package de.kmuflow.extraction.internal.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import de.kmuflow.extraction.ReadingFinding;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rule sets compiled once must find what Mustang's own validation finds, rule by rule, with the same
 * severity and wording, on every e-invoice of the official test suites and of sample-invoices/. The one
 * difference allowed is the part left out on purpose: Mustang's recomputation of totals ("Arithmetical
 * issue" warnings).
 */
class EInvoiceValidatorAgreementTest {

	private static final String ARITHMETIC = "Warnung: Arithmetical issue:";

	private final EInvoiceValidator validator = new EInvoiceValidator();

	@TestFactory
	Stream<DynamicTest> sameFindingsAsMustangOnEveryEInvoice() throws IOException {
		List<Path> documents = eInvoices();
		assertThat(documents).hasSizeGreaterThan(130);
		return documents.stream().map(document -> DynamicTest.dynamicTest(document.toString(), () -> {
			byte[] xml = xml(document);
			List<String> expected = MustangReference.findings(xml).stream().filter(finding -> !finding.startsWith(ARITHMETIC)).toList();
			List<String> found = texts(validator.validate(xml));
			assertThat(ruleIdsAndSeverities(found)).isEqualTo(ruleIdsAndSeverities(expected));
			assertThat(found).isEqualTo(expected);
		}));
	}

	@Test
	void rulesBrokenInTheCorpusAreFound() throws IOException {
		byte[] xml = Files.readAllBytes(CorpusAgreementTest.CORPUS
			.resolve("xrechnung-testsuite/business-cases/extension/05.01a-INVOICE_ubl.xml"));

		assertThat(ruleIdsAndSeverities(texts(validator.validate(xml)))).containsExactly("Fehler BR-CO-16", "Warnung UBL-CR-470",
				"Hinweis BR-DE-TMP-32");
	}

	@Test
	void threadsShareTheCompiledRulesAndGetWhatOneThreadGets() throws Exception {
		List<byte[]> documents = new ArrayList<>();
		for (Path document : eInvoices().subList(0, 40)) {
			documents.add(xml(document));
		}
		List<List<String>> alone = documents.stream().map(document -> texts(validator.validate(document))).toList();
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<List<String>>> together = new ArrayList<>();
			for (int round = 0; round < 3; round++) {
				documents.forEach(document -> together.add(threads.submit(() -> texts(validator.validate(document)))));
			}
			for (int i = 0; i < together.size(); i++) {
				assertThat(together.get(i).get()).isEqualTo(alone.get(i % documents.size()));
			}
		}
		finally {
			threads.shutdown();
		}
		assertThat(CompiledRules.shared().stylesheet(CompiledRules.COMMON_STYLESHEETS.get(0)))
			.isSameAs(CompiledRules.shared().stylesheet(CompiledRules.COMMON_STYLESHEETS.get(0)));
	}

	@Test
	void anInvoiceWithADoctypeIsNotRunThroughTheRules() throws IOException {
		byte[] xxe = Files.readAllBytes(Path.of("sample-invoices/bad/xxe.xml"));
		assertThat(new String(xxe, StandardCharsets.UTF_8)).contains("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">");

		assertThat(texts(validator.validate(xxe))).isEmpty();
	}

	private static List<String> texts(List<ReadingFinding> findings) {
		return findings.stream().map(ReadingFinding::text).toList();
	}

	/** "Fehler BR-CO-16" for each finding with a rule id, "Fehler -" for those without. */
	private static List<String> ruleIdsAndSeverities(List<String> findings) {
		return findings.stream().map(finding -> {
			String severity = finding.substring(0, finding.indexOf(':'));
			int id = finding.lastIndexOf("[ID ");
			return severity + " " + (id < 0 ? "-" : finding.substring(id + 4, finding.indexOf(']', id)));
		}).toList();
	}

	/** Every e-invoice of both official suites and of sample-invoices/, ZUGFeRD PDFs included. */
	static List<Path> eInvoices() throws IOException {
		List<Path> documents = new ArrayList<>();
		for (Path folder : List.of(CorpusAgreementTest.CORPUS.resolve("xrechnung-testsuite"),
				CorpusAgreementTest.CORPUS.resolve("en16931-examples"), Path.of("sample-invoices"))) {
			try (Stream<Path> files = Files.walk(folder)) {
				files.filter(file -> file.toString().endsWith(".xml") || file.getFileName().toString().startsWith("zugferd-"))
					.filter(file -> !file.toString().contains("/bad/"))
					.sorted()
					.forEach(documents::add);
			}
		}
		return documents;
	}

	static byte[] xml(Path document) throws IOException {
		byte[] content = Files.readAllBytes(document);
		return document.toString().endsWith(".pdf") ? EInvoiceReader.embeddedXml(content) : content;
	}
}
