package de.kmuflow.extraction.internal.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import de.kmuflow.extraction.DocumentKind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fields of an e-invoice are read from the tree its validation parsed, not from a second parse: they
 * must be exactly those read from its bytes, on every e-invoice of the official suites and of
 * sample-invoices/.
 */
class ReadingTheValidatedTreeTest {

	private final EInvoiceValidator validator = new EInvoiceValidator();
	private final EInvoiceReader reader = new EInvoiceReader();

	@TestFactory
	Stream<DynamicTest> theValidatedTreeReadsAsTheBytes() throws IOException {
		// the agreement test's list holds the expected values of the ZUGFeRD samples too: JSON, no e-invoice
		List<Path> eInvoices = EInvoiceValidatorAgreementTest.eInvoices().stream()
			.filter(document -> document.toString().endsWith(".xml") || document.toString().endsWith(".pdf"))
			.toList();
		assertThat(eInvoices).hasSizeGreaterThanOrEqualTo(130);
		return eInvoices.stream().map(document -> DynamicTest.dynamicTest(
				document.toString(), () -> {
					byte[] xml = EInvoiceValidatorAgreementTest.xml(document);
					DocumentKind container = document.toString().endsWith(".pdf") ? DocumentKind.ZUGFERD : null;

					EInvoiceValidator.Checked checked = validator.check(xml);

					assertThat(checked.document()).isNotNull();
					assertThat(reader.readXml(checked.document(), container)).isEqualTo(reader.readXml(xml, container));
				}));
	}

	@Test
	void aDocumentInAnotherEncodingIsLeftToBeReadFromItsBytes() throws IOException {
		String utf8 = Files.readString(Path.of("sample-invoices/xrechnung-ubl-bergkristall-reinigung.xml"));
		byte[] latin1 = utf8.replaceFirst("(?i)encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(new String(latin1, StandardCharsets.ISO_8859_1)).contains("encoding=\"ISO-8859-1\"");

		EInvoiceValidator.Checked checked = validator.check(latin1);

		assertThat(checked.document()).isNull();
		// validated Mustang's way, which decodes every document as UTF-8
		assertThat(checked.findings().stream().map(finding -> finding.text()).toList())
			.isEqualTo(MustangReference.findings(latin1).stream().filter(finding -> !finding.startsWith("Warnung: Arithmetical issue:")).toList());
	}
}
