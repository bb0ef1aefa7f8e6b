package de.kmuflow.extraction.internal.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Invoice-like A4 pages drawn with Java2D, as a scanner would deliver them: German text in a plain
 * sans-serif face, grey, at a chosen resolution. Each variant has other numbers and items.
 */
public final class InvoicePages {

	public static final double A4_WIDTH_INCHES = 8.27;
	public static final double A4_HEIGHT_INCHES = 11.69;

	private static final String[] ITEMS = { "Druckerpapier A4, 500 Blatt", "Toner schwarz HL-L2350",
			"Ordner breit, blau", "Kugelschreiber, 50 Stück", "Wartung Kopierer (Pauschale)", "Versandkosten",
			"Briefumschläge DIN lang", "Haftnotizen gelb", "USB-Stick 64 GB", "Tischleuchte LED" };

	private InvoicePages() {
	}

	/** The text lines of a variant, top to bottom, each with its left margin in inches. */
	public static List<String> lines(int variant) {
		List<String> lines = new ArrayList<>();
		lines.add("Bürobedarf Schneider GmbH");
		lines.add("Industriestraße 12, 70565 Stuttgart");
		lines.add("Telefon 0711 123456, info@buero-schneider.de");
		lines.add("");
		lines.add("Müller & Söhne KG, Hauptstraße 5, 80331 München");
		lines.add("");
		lines.add("RECHNUNG");
		lines.add("Rechnungsnummer: RE-2026-" + String.format("%04d", 815 + variant));
		lines.add("Rechnungsdatum: " + String.format("%02d", 1 + variant) + ".03.2026");
		lines.add("Kundennummer: K-" + (4711 + variant * 13));
		lines.add("Leistungsdatum: Februar 2026");
		lines.add("");
		lines.add("Pos.  Beschreibung  Menge  Einzelpreis  Gesamt");
		long net = 0;
		for (int position = 1; position <= 6; position++) {
			String item = ITEMS[(variant + position) % ITEMS.length];
			int quantity = 1 + (variant * 7 + position * 3) % 9;
			long cents = 250 + ((variant + 3L) * 1931 * position) % 24000;
			net += quantity * cents;
			lines.add(position + "  " + item + "  " + quantity + "  " + euros(cents) + "  " + euros(quantity * cents));
		}
		long tax = Math.round(net * 0.19);
		lines.add("");
		lines.add("Nettobetrag " + euros(net) + " EUR");
		lines.add("Umsatzsteuer 19 % " + euros(tax) + " EUR");
		lines.add("Gesamtbetrag " + euros(net + tax) + " EUR");
		lines.add("");
		lines.add("Zahlbar innerhalb von 14 Tagen ohne Abzug.");
		lines.add("Bei Zahlung innerhalb von 7 Tagen gewähren wir 2 % Skonto.");
		lines.add("");
		lines.add("IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX");
		lines.add("USt-IdNr. DE123456789, Amtsgericht Stuttgart HRB 12345");
		return lines;
	}

	/** German money format: 1.471,60 */
	public static String euros(long cents) {
		return String.format(Locale.GERMANY, "%,.2f", cents / 100.0);
	}

	/** The variant's words, as a reader should return them. */
	public static List<String> words(int variant) {
		return lines(variant).stream().flatMap(line -> List.of(line.split("\\s+")).stream())
				.filter(word -> !word.isBlank()).toList();
	}

	/** An A4 page of the variant at dpi, in grey. */
	public static BufferedImage page(int variant, int dpi) {
		return draw(lines(variant), dpi);
	}

	/** An A4 page with the given lines at dpi, 11 pt text, 1.5 line spacing. */
	public static BufferedImage draw(List<String> lines, int dpi) {
		int width = (int) Math.round(A4_WIDTH_INCHES * dpi);
		int height = (int) Math.round(A4_HEIGHT_INCHES * dpi);
		BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = page.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.setColor(Color.BLACK);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			float pixelsPerPoint = dpi / 72f;
			graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(11 * pixelsPerPoint));
			float lineHeight = 16.5f * pixelsPerPoint;
			float top = 1.0f * dpi;
			float left = 0.9f * dpi;
			for (int i = 0; i < lines.size(); i++) {
				graphics.drawString(lines.get(i), left, top + i * lineHeight);
			}
		}
		finally {
			graphics.dispose();
		}
		return page;
	}

	/** The page as a scanner might deliver it: grey noise of a few levels over paper and ink. */
	public static BufferedImage scanned(BufferedImage page, long seed) {
		java.util.Random random = new java.util.Random(seed);
		BufferedImage noisy = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		java.awt.image.WritableRaster target = noisy.getRaster();
		java.awt.image.Raster source = page.getRaster();
		int[] row = new int[page.getWidth()];
		for (int y = 0; y < page.getHeight(); y++) {
			source.getSamples(0, y, page.getWidth(), 1, 0, row);
			for (int x = 0; x < row.length; x++) {
				row[x] = Math.max(0, Math.min(255, (int) Math.round(row[x] * 0.9 + 12 + random.nextGaussian() * 12)));
			}
			target.setSamples(0, y, page.getWidth(), 1, 0, row);
		}
		return noisy;
	}

	/** Writes pages as one multi-page TIFF (LZW) that declares its resolution. */
	public static void writeTiff(List<BufferedImage> pages, int dpi, Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionType("LZW");
			writer.prepareWriteSequence(null);
			for (BufferedImage page : pages) {
				IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page),
						param);
				metadata.mergeTree(IIOMetadataFormatImpl.standardMetadataFormatName, resolutionTree(dpi));
				writer.writeToSequence(new IIOImage(page, null, metadata), param);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
	}

	private static IIOMetadataNode resolutionTree(int dpi) {
		String millimetresPerPixel = String.valueOf(25.4 / dpi);
		IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
		horizontal.setAttribute("value", millimetresPerPixel);
		IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
		vertical.setAttribute("value", millimetresPerPixel);
		IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
		dimension.appendChild(horizontal);
		dimension.appendChild(vertical);
		IIOMetadataNode root = new IIOMetadataNode(IIOMetadataFormatImpl.standardMetadataFormatName);
		root.appendChild(dimension);
		return root;
	}
}
