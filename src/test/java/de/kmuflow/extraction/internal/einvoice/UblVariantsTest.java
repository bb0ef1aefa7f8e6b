package de.kmuflow.extraction.internal.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import org.junit.jupiter.api.Test;

/**
 * UBL invoices as some producers send them: in a Peppol envelope (StandardBusinessDocument), or
 * with the root's namespace left out or misspelt. Made from a corpus invoice, so every value is
 * compared with what the plain invoice yields.
 */
class UblVariantsTest {

	private static final Path PLAIN = CorpusAgreementTest.CORPUS
		.resolve("xrechnung-testsuite/business-cases/standard/01.01a-INVOICE_ubl.xml");
	private static final String UBL_NAMESPACE = "xmlns:ubl=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"";

	private final EInvoiceReader reader = new EInvoiceReader();

	@Test
	void invoiceInAPeppolEnvelopeIsRead() throws IOException {
		String body = plain().replaceFirst("<\\?xml[^>]*\\?>", "");
		String wrapped = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
				+ "<StandardBusinessDocument xmlns=\"http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader\">"
				+ "<StandardBusinessDocumentHeader><HeaderVersion>1.0</HeaderVersion></StandardBusinessDocumentHeader>"
				+ body + "</StandardBusinessDocument>";

		assertSameAsPlain(wrapped);
	}

	@Test
	void invoiceWithoutOrWithAWrongRootNamespaceIsRead() throws IOException {
		assertThat(plain()).contains(UBL_NAMESPACE);

		String withoutNamespace = plain().replace(UBL_NAMESPACE, "").replace("<ubl:Invoice", "<Invoice")
			.replace("</ubl:Invoice>", "</Invoice>");
		assertSameAsPlain(withoutNamespace);
		assertSameAsPlain(plain().replace(UBL_NAMESPACE, "xmlns:ubl=\"urn:oasis:names:tc:ubl:schema:xsd:Invoice-2\""));
	}

	@Test
	void otherXmlNamedInvoiceIsStillRefused() {
		byte[] xml = "<Invoice><Customer>Muster</Customer><Amount>12.00</Amount></Invoice>".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> reader.readXml(xml)).hasMessageContaining("unbekanntes XML-Format <Invoice>");
	}

	private void assertSameAsPlain(String variant) throws IOException {
		ExtractedInvoice expected = reader.readXml(plain().getBytes(StandardCharsets.UTF_8));
		ExtractedInvoice read = reader.readXml(variant.getBytes(StandardCharsets.UTF_8));

		assertThat(read.kind()).isEqualTo(DocumentKind.XRECHNUNG_UBL);
		assertThat(read.invoiceNumber()).isNotBlank().isEqualTo(expected.invoiceNumber());
		assertThat(read.issueDate()).isNotNull().isEqualTo(expected.issueDate());
		assertThat(read.sellerName()).isNotBlank().isEqualTo(expected.sellerName());
		assertThat(read.buyerName()).isEqualTo(expected.buyerName());
		assertThat(read.grossTotal()).isGreaterThan(BigDecimal.ZERO).isEqualTo(expected.grossTotal());
		assertThat(read.lines()).hasSameSizeAs(expected.lines()).isNotEmpty();
	}

	private static String plain() throws IOException {
		return Files.readString(PLAIN);
	}
}
