package de.kmuflow.samples;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import de.kmuflow.samples.pdf.FontSet;
import de.kmuflow.samples.pdf.InvoicePdf;
import de.kmuflow.samples.pdf.PdfPainter;

/** Files a reader must refuse cleanly: broken, locked, not an invoice, or hostile. */
final class BadSamples {

	/** The declared size of the decompression bomb: 900 million grey pixels. */
	private static final int BOMB_SIDE = 30_000;

	private final SampleFolder folder;

	BadSamples(SampleFolder folder) {
		this.folder = folder;
	}

	void write(byte[] invoicePdf) throws IOException {
		folder.bad("empty.pdf", new byte[0], "0 bytes");
		folder.bad("truncated.pdf", Arrays.copyOf(invoicePdf, invoicePdf.length * 55 / 100),
				"the first 55 % of text-brandt-buerobedarf.pdf: no cross-reference table, no trailer");
		folder.bad("encrypted.pdf", encrypted(invoicePdf),
				"text-brandt-buerobedarf.pdf encrypted with AES-128; user password \"geheim\"");
		folder.bad("not-an-invoice.txt", notes().getBytes(StandardCharsets.UTF_8), "plain text meeting notes");
		folder.bad("not-an-invoice.zip", zip(), "a ZIP archive holding a text file");
		folder.bad("letter-no-invoice.pdf", letter(),
				"a business letter (invitation to an in-house fair) as text PDF: company, address and date, but no invoice data");
		folder.bad("xxe.xml", xxe().getBytes(StandardCharsets.UTF_8),
				"CII-looking XML whose invoice number is an external entity pointing at file:///etc/passwd");
		folder.bad("bomb.png", bomb(),
				"valid 8-bit grey PNG declaring 30000 x 30000 pixels: under 1 MB on disk, 900 MB when decoded");
	}

	private static byte[] encrypted(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("kmu-owner", "geheim", new AccessPermission());
			// AES-128: PDFBox draws the AES-256 file key from its own random source, which would change the file on every run
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			// encryption keys and IVs come from a seeded generator so the file is the same on every run
			document.getEncryption().getSecurityHandler().setCustomSecureRandom(seeded());
			return InvoicePdf.save(document, "encrypted.pdf");
		}
	}

	private static SecureRandom seeded() {
		try {
			SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
			random.setSeed(20260315L);
			return random;
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String notes() {
		return """
				Teammeeting Einkauf, 12.03.2026
				- Lieferantenbewertung Q1 bis Ende März abschließen
				- Rahmenvertrag Büromaterial: Angebote von drei Händlern einholen
				- Inventur Lager Göttingen am 28.03.2026, Beginn 7:30 Uhr
				- Nächstes Treffen: 26.03.2026, Raum 2.14
				""";
	}

	private static byte[] zip() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry entry = new ZipEntry("protokoll-teammeeting.txt");
			// a fixed time keeps the archive identical between runs
			entry.setTime(1773568800000L);
			zip.putNextEntry(entry);
			zip.write(notes().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static byte[] letter() throws IOException {
		try (PDDocument document = new PDDocument()) {
			FontSet fonts = FontSet.helvetica();
			try (PdfPainter p = new PdfPainter(document, PDRectangle.A4)) {
				p.text(fonts.bold(), 16, 20, 20, Companies.BRANDT.name());
				p.text(fonts.regular(), 8.5f, 20, 26, Companies.BRANDT.street() + " · " + Companies.BRANDT.postalLine());
				p.line(20, 30, 190, 30, 0.8f);
				String[] address = {Companies.BERGER.name(), "Herrn Lukas Berger", Companies.BERGER.street(),
						Companies.BERGER.postalLine()};
				for (int i = 0; i < address.length; i++) {
					p.text(fonts.regular(), 10, 20, 55 + i * 4.6, address[i]);
				}
				p.textRight(fonts.regular(), 10, 190, 55, "Hannover, 02.03.2026");
				p.text(fonts.bold(), 12, 20, 100, "Einladung zu unserer Frühjahrs-Hausmesse");
				String[] body = {"Sehr geehrter Herr Berger,", "",
						"am 24. und 25. April 2026 zeigen wir in unserer Ausstellung am Kröpcke die Neuheiten für",
						"Büro und Werkstatt: ergonomische Arbeitsplätze, Ablagesysteme und Etikettendrucker.",
						"Für Ihr Team halten wir Parkplätze und einen kleinen Imbiss bereit.", "",
						"Bitte geben Sie uns bis zum 15. April kurz Bescheid, mit wie vielen Personen Sie kommen.", "",
						"Mit freundlichen Grüßen", "", Companies.BRANDT.contactName()};
				for (int i = 0; i < body.length; i++) {
					p.text(fonts.regular(), 10, 20, 112 + i * 5, body[i]);
				}
			}
			return InvoicePdf.save(document, "letter-no-invoice.pdf");
		}
	}

	private static String xxe() {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE rsm:CrossIndustryInvoice [
				  <!ENTITY xxe SYSTEM "file:///etc/passwd">
				]>
				<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
				    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
				    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
				  <rsm:ExchangedDocumentContext>
				    <ram:GuidelineSpecifiedDocumentContextParameter>
				      <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID>
				    </ram:GuidelineSpecifiedDocumentContextParameter>
				  </rsm:ExchangedDocumentContext>
				  <rsm:ExchangedDocument>
				    <ram:ID>&xxe;</ram:ID>
				    <ram:TypeCode>380</ram:TypeCode>
				    <ram:IssueDateTime><udt:DateTimeString format="102">20260315</udt:DateTimeString></ram:IssueDateTime>
				  </rsm:ExchangedDocument>
				</rsm:CrossIndustryInvoice>
				""";
	}

	/** IHDR says 30000 x 30000; the IDAT holds every row, all zero, which deflate packs about 1000:1. */
	private static byte[] bomb() throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		DataOutputStream ihdr = new DataOutputStream(header);
		ihdr.writeInt(BOMB_SIDE);
		ihdr.writeInt(BOMB_SIDE);
		ihdr.write(new byte[] {8, 0, 0, 0, 0});
		chunk(png, "IHDR", header.toByteArray());
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed,
				new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
			byte[] row = new byte[BOMB_SIDE + 1];
			for (int y = 0; y < BOMB_SIDE; y++) {
				deflate.write(row);
			}
		}
		byte[] data = compressed.toByteArray();
		for (int offset = 0; offset < data.length; offset += 1 << 20) {
			chunk(png, "IDAT", Arrays.copyOfRange(data, offset, Math.min(data.length, offset + (1 << 20))));
		}
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
		DataOutputStream out = new DataOutputStream(png);
		out.writeInt(data.length);
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.write(name);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}
}
