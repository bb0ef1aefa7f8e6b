package de.kmuflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ContentTypesTest {

	private final ContentTypes types = new ContentTypes();

	@Test
	void takesPdfImagesAndEInvoicesByContent() throws IOException {
		assertAccepted(Files.readAllBytes(Path.of("sample-invoices/xrechnung-ubl-01.20a.xml")));
		assertAccepted(Files.readAllBytes(Path.of("sample-invoices/xrechnung-cii-01.11a.xml")));
		assertAccepted(Files.readAllBytes(Path.of("sample-invoices/zugferd-brandt-buerobedarf.pdf")));
		assertAccepted(Files.readAllBytes(Path.of("sample-invoices/scan-200dpi-gaertnerei-lindenhof.png")));
		assertAccepted(Files.readAllBytes(Path.of("sample-invoices/photo-werkzeug-steiner.jpg")));
	}

	@Test
	void refusesWhatABrowserWouldRunWhateverItsName() {
		assertThat(refusal("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"))
			.contains("Webseiten", "text/html");
		assertThat(refusal("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>x</script></svg>"))
			.contains("Webseiten", "svg");
		assertThat(refusal("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"))
			.contains("Webseiten");
		// an HTML page without a doctype is not well-formed XML, and no e-invoice either way
		assertThat(refusal("<p>Rechnung<br>anbei</p>")).isNotEmpty();
	}

	@Test
	void refusesXmlThatIsNoEInvoiceOrCarriesADtdOrNestsTooDeep() {
		assertThat(refusal("<?xml version=\"1.0\"?><note><to>Buchhaltung</to></note>")).contains("Wurzelelement <note>");
		assertThat(refusal("<Invoice xmlns=\"urn:example\"><ID>1</ID></Invoice>")).contains("keine E-Rechnung");
		assertThat(refusal("<?xml version=\"1.0\"?><!DOCTYPE Invoice [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&x;</Invoice>"))
			.contains("DOCTYPE");
		String deep = "<x>".repeat(500) + "</x>".repeat(500);
		assertThat(refusal("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">" + deep
				+ "</Invoice>")).contains("verschachtelt");
	}

	@Test
	void refusesScriptsArchivesAndNoise() {
		assertThat(refusal("var s = new ActiveXObject('WScript.Shell');")).contains("text/plain");
		assertThat(ContentTypes.refusal(types.detect(new byte[] { 'P', 'K', 3, 4, 20, 0 }),
				new byte[] { 'P', 'K', 3, 4, 20, 0 })).isPresent();
	}

	private void assertAccepted(byte[] content) {
		assertThat(ContentTypes.refusal(types.detect(content), content)).isEmpty();
	}

	private String refusal(String text) {
		byte[] content = text.getBytes(StandardCharsets.UTF_8);
		return ContentTypes.refusal(types.detect(content), content).orElse("");
	}
}
