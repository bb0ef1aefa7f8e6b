package de.kmuflow.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.mustangproject.BankDetails;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * Invoice documents made in the test, each with bytes of its own (the document store knows
 * repeated bytes as duplicates): e-invoices from the samples, text PDFs, ZUGFeRD PDFs.
 */
public final class TestDocuments {

	private static final Path UBL_SAMPLE = Path.of("sample-invoices/xrechnung-ubl-01.20a.xml");
	private static final Path CII_SAMPLE = Path.of("sample-invoices/xrechnung-cii-01.11a.xml");

	private TestDocuments() {
	}

	/** The UBL sample with an invoice number of its own. */
	public static byte[] eInvoice(String invoiceNumber) {
		String xml = read(UBL_SAMPLE).replaceFirst("<cbc:ID>1234567890</cbc:ID>",
				"<cbc:ID>" + invoiceNumber + "</cbc:ID>");
		return xml.getBytes(StandardCharsets.UTF_8);
	}

	/** The CII sample, made unique by a comment. */
	public static byte[] ciiInvoice() {
		return (read(CII_SAMPLE) + "\n<!-- " + UUID.randomUUID() + " -->\n").getBytes(StandardCharsets.UTF_8);
	}

	/** A one-page text PDF such as an office program prints. */
	public static byte[] textPdf(String invoiceNumber) {
		return pdf(List.of("Muster Bürobedarf GmbH, Hauptstraße 1, 10115 Berlin", "USt-IdNr.: DE123456789",
				"Rechnung Nr. " + invoiceNumber, "Rechnungsdatum: 15.01.2026", "Pos. 1 Kopierpapier A4 10 x 4,20 EUR = 42,00 EUR",
				"Nettobetrag 42,00 EUR", "Umsatzsteuer 19 % 7,98 EUR", "Gesamtbetrag 49,98 EUR",
				"IBAN: DE02120300000000202051", "Zahlbar bis 14.02.2026 ohne Abzug"));
	}

	public static byte[] pdf(List<String> lines) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				content.newLineAtOffset(60, 760);
				for (String line : lines) {
					content.showText(line);
					content.newLineAtOffset(0, -18);
				}
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A ZUGFeRD / Factur-X PDF: a text PDF carrying the invoice as CII XML, made with Mustang. */
	public static byte[] zugferdPdf(String invoiceNumber) {
		try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3()) {
			exporter.ignorePDFAErrors().load(textPdf(invoiceNumber));
			exporter.setProducer("kmu-flow test").setCreator("kmu-flow test");
			exporter.setTransaction(zugferdInvoice(invoiceNumber));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			exporter.export(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Invoice zugferdInvoice(String invoiceNumber) {
		Date issued = date(LocalDate.of(2026, 1, 15));
		TradeParty seller = new TradeParty("Muster Bürobedarf GmbH", "Hauptstraße 1", "10115", "Berlin", "DE")
			.addVATID("DE123456789")
			.addBankDetails(new BankDetails("DE02120300000000202051", "BYLADEM1001"));
		seller.setEmail("rechnung@muster-buero.example");
		TradeParty buyer = new TradeParty("Kunde KMU GmbH", "Marktplatz 2", "80331", "München", "DE");
		return new Invoice().setNumber(invoiceNumber)
			.setIssueDate(issued)
			.setDeliveryDate(issued)
			.setDueDate(date(LocalDate.of(2026, 2, 14)))
			.setSender(seller)
			.setRecipient(buyer)
			.addItem(new Item(new Product("Kopierpapier A4", "", "H87", new BigDecimal("19")), new BigDecimal("4.20"),
					new BigDecimal("10")));
	}

	private static Date date(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant());
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
