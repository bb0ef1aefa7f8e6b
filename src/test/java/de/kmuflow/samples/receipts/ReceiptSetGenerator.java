package de.kmuflow.samples.receipts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import de.kmuflow.samples.image.ImageEncoding;
import de.kmuflow.samples.image.PhotoEffects;
import de.kmuflow.samples.image.ScanEffects;
import de.kmuflow.samples.receipts.Receipt.PrintLine;

/**
 * Writes the receipt set: till receipts of seven kinds, each printed as a thermal receipt would be,
 * once scanned at 300 dpi and once photographed by a phone, with the values it carries in a JSON
 * file of real-pdf's truth format beside each image. Run by {@code make receipts}; deterministic
 * for a seed and the Debian fonts named in the Makefile, so the files are kept in the repository
 * and every build measures the same images.
 */
public final class ReceiptSetGenerator {

	static final long SEED = 20261207L;
	/** Receipts of each kind; each is written as a scan and as a photo. */
	static final int PER_FAMILY = 3;
	static final int SCAN_DPI = 300;

	private static final Path FONTS = Path.of("/usr/share/fonts/truetype");
	private static final Map<String, String[]> FONT_FILES = Map.of(
			"DejaVuSansMono", new String[] {"dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"},
			"LiberationMono", new String[] {"liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"},
			"FreeMono", new String[] {"freefont/FreeMono.ttf", "freefont/FreeMonoBold.ttf"},
			"Inconsolata", new String[] {"inconsolata/Inconsolata.otf", "inconsolata/Inconsolata.otf"});
	private static final List<String> HEADING_FONTS = List.of("liberation/LiberationSansNarrow-Bold.ttf",
			"freefont/FreeSansBold.ttf", "dejavu/DejaVuSans-Bold.ttf");

	private ReceiptSetGenerator() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args.length > 0 ? args[0] : "sample-receipts");
		clean(root);
		Random random = new Random(SEED);
		ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
		int number = 0;
		long bytes = 0;
		for (ReceiptFamilies.Family family : ReceiptFamilies.ALL) {
			for (int i = 0; i < PER_FAMILY; i++) {
				Receipt receipt = family.make().apply(random, i);
				number++;
				BufferedImage printed = print(receipt, random);
				String stem = String.format("%02d-%s", number, family.name());
				byte[] scan = ImageEncoding.jpeg(scan(printed, random), 0.75f, SCAN_DPI);
				bytes += write(root, stem + "-scan.jpg", scan, receipt, "scan", json);
				byte[] photo = ImageEncoding.jpeg(photograph(printed, random), 0.72f, 72);
				bytes += write(root, stem + "-photo.jpg", photo, receipt, "photo", json);
			}
		}
		System.out.printf("Wrote %d receipts as scan and photo (%.1f MB) to %s%n", number, bytes / 1e6,
				root.toAbsolutePath().normalize());
	}

	private static void clean(Path root) throws IOException {
		Files.createDirectories(root);
		try (Stream<Path> files = Files.list(root)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				if (file.toString().matches(".*\\.(png|jpg|json)$")) {
					Files.delete(file);
				}
			}
		}
	}

	private static long write(Path root, String file, byte[] image, Receipt receipt, String kind, ObjectMapper json)
			throws IOException {
		Files.write(root.resolve(file), image);
		Map<String, Object> truth = new LinkedHashMap<>();
		truth.put("source", file);
		truth.put("kind", kind);
		truth.put("half", receipt.half());
		truth.put("family", receipt.family());
		truth.put("language", receipt.language());
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("invoice_number", null);
		fields.put("document_type_code", "380");
		fields.put("issue_date", receipt.date().toString());
		fields.put("currency", receipt.currency());
		fields.put("seller_name", receipt.sellerName());
		fields.put("seller_vat_id", receipt.vatId());
		fields.put("seller_tax_number", receipt.taxNumber());
		fields.put("net_total", receipt.netPrinted() ? receipt.net().setScale(2).toPlainString() : null);
		fields.put("tax_total", receipt.tax().setScale(2).toPlainString());
		fields.put("grand_total", receipt.gross().setScale(2).toPlainString());
		fields.put("iban", null);
		truth.put("fields", fields);
		truth.put("missing_core_fields", List.of("invoice_number", "iban"));
		truth.put("truth_origin", "values the receipt generator printed (ReceiptSetGenerator, seed " + SEED + ")");
		String stem = file.replaceFirst("\\.[a-z]+$", "");
		byte[] text = json.writeValueAsBytes(truth);
		Files.write(root.resolve(stem + ".json"), text);
		return image.length + text.length;
	}

	/** The receipt as the printer puts it on paper: white paper, grey thermal print, 300 dpi. */
	static BufferedImage print(Receipt receipt, Random random) {
		int paper = (int) Math.round(receipt.paperMillimetres() / 25.4 * SCAN_DPI);
		int printable = (int) Math.round((receipt.paperMillimetres() - 8) / 25.4 * SCAN_DPI);
		Font[] mono = monoFonts(receipt.font());
		FontRenderContext context = new FontRenderContext(null, true, true);
		double advance = mono[0].deriveFont(100f).getStringBounds("M", context).getWidth() / 100;
		float size = (float) (printable / (receipt.columns() * advance));
		Font regular = mono[0].deriveFont(size);
		Font bold = mono[1].deriveFont(size);
		Font heading = font(HEADING_FONTS.get(random.nextInt(HEADING_FONTS.size())), false);
		int lineHeight = Math.round(size * 1.3f);
		int height = 0;
		for (PrintLine line : receipt.lines()) {
			height += line.large() ? 2 * lineHeight : lineHeight;
		}
		int margin = (paper - printable) / 2;
		BufferedImage page = new BufferedImage(paper, height + 2 * margin + 5 * lineHeight, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = page.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, page.getWidth(), page.getHeight());
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		int ink = 20 + random.nextInt(50);
		g.setColor(new Color(ink, ink, ink + 10));
		int y = margin + lineHeight * 2;
		for (PrintLine line : receipt.lines()) {
			Font font = line.bold() ? bold : regular;
			if (line.large()) {
				font = line.centred() ? heading.deriveFont(size * 1.9f) : bold.deriveFont(size * 2);
				y += lineHeight;
			}
			else if (line.centred() && line.bold()) {
				font = heading.deriveFont(size * 1.3f);
			}
			g.setFont(font);
			int width = g.getFontMetrics().stringWidth(line.text());
			int x = line.centred() ? margin + Math.max(0, (printable - width) / 2) : margin;
			g.drawString(line.text(), x, y);
			y += lineHeight;
		}
		g.dispose();
		return page;
	}

	private static Font[] monoFonts(String name) {
		String[] files = FONT_FILES.get(name);
		return new Font[] {font(files[0], false), font(files[1], files[0].equals(files[1]))};
	}

	private static Font font(String file, boolean synthesiseBold) {
		try {
			Font font = Font.createFont(Font.TRUETYPE_FONT, FONTS.resolve(file).toFile());
			return synthesiseBold ? font.deriveFont(Font.BOLD) : font;
		}
		catch (FontFormatException | IOException e) {
			throw new IllegalStateException("Font " + file + " is missing; make deps installs it", e);
		}
	}

	/** On the glass of a flatbed scanner with a white lid: a margin, a small tilt, paper tone, noise, dust. */
	static BufferedImage scan(BufferedImage printed, Random random) {
		ScanEffects effects = new ScanEffects(random);
		int margin = 60;
		BufferedImage onGlass = new BufferedImage(printed.getWidth() + 2 * margin, printed.getHeight() + 2 * margin,
				BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = onGlass.createGraphics();
		g.setColor(new Color(252, 252, 252));
		g.fillRect(0, 0, onGlass.getWidth(), onGlass.getHeight());
		g.drawImage(printed, margin, margin, null);
		g.dispose();
		BufferedImage tilted = effects.rotate(onGlass, (random.nextDouble() - 0.5) * 1.6, 252);
		BufferedImage toned = effects.tone(tilted, 232 + random.nextInt(12), 25 + random.nextInt(30), 2.5);
		return ScanEffects.soften(effects.specks(toned, 8 + random.nextInt(12)));
	}

	/** A phone photo of the receipt on a desk: perspective, uneven light, blur, noise, JPEG. */
	static BufferedImage photograph(BufferedImage printed, Random random) {
		BufferedImage page = new BufferedImage(printed.getWidth(), printed.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = page.createGraphics();
		g.drawImage(printed, 0, 0, null);
		// thermal paper curls: a soft shadow across part of the receipt
		int shadowTop = random.nextInt(Math.max(1, printed.getHeight() / 2));
		for (int y = shadowTop; y < Math.min(printed.getHeight(), shadowTop + printed.getHeight() / 3); y++) {
			double depth = Math.sin(Math.PI * (y - shadowTop) / (printed.getHeight() / 3.0)) * 0.22;
			g.setColor(new Color(0, 0, 0, (float) depth));
			g.drawLine(0, y, printed.getWidth(), y);
		}
		g.dispose();
		return new PhotoEffects(random).photograph(page, 1536, 0.82 + random.nextDouble() * 0.1);
	}
}
