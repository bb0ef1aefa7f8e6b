package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** E-invoices shown by Mustang's visualisation: UBL, CII and the XML inside a ZUGFeRD PDF. */
class EInvoiceViewTest {

	private final EInvoiceView view = new EInvoiceView();

	@Test
	void ublInvoiceBecomesAReadableGermanInvoice() throws IOException {
		byte[] xml = Files.readAllBytes(Path.of("sample-invoices/xrechnung-ubl-elektro-kessler-stadt-talbrueck.xml"));

		String html = view.html(view.xml("XRECHNUNG_UBL", xml).orElseThrow(), Locale.GERMAN).orElseThrow();

		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/einvoice-view-ubl.html"), html);
		assertThat(html).contains("<html", "Elektro Kessler", "Rechnungsnummer");
	}

	@Test
	void ciiInvoiceAndZugferdPdfAreShownToo() throws IOException {
		byte[] cii = Files.readAllBytes(Path.of("sample-invoices/xrechnung-cii-spedition-hartmann-skonto.xml"));
		byte[] pdf = Files.readAllBytes(Path.of("sample-invoices/zugferd-brandt-buerobedarf.pdf"));

		assertThat(view.html(cii, Locale.GERMAN)).get().asString().contains("Spedition Hartmann");
		assertThat(view.html(view.xml("ZUGFERD", pdf).orElseThrow(), Locale.ENGLISH)).get().asString()
			.contains("Brandt", "Invoice");
	}

	@Test
	void otherKindsHaveNoXmlAndADoctypeIsNeverVisualised() {
		assertThat(view.xml("TEXT_PDF", new byte[] { 1 })).isEmpty();
		assertThat(view.xml(null, new byte[] { 1 })).isEmpty();
		byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
				+ "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">&e;</Invoice>")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(view.html(hostile, Locale.GERMAN)).isEmpty();
	}
}
