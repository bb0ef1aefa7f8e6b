package de.kmuflow.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import de.kmuflow.samples.image.ImageEncoding;
import de.kmuflow.samples.image.PageImages;
import de.kmuflow.samples.image.ScanEffects;

/**
 * Ten A4 pages at 300 dpi in one grey TIFF, for timing OCR; the text of the same pages comes along so
 * that accuracy can be measured too.
 */
final class BenchSamples {

	private static final List<String> SOURCES = List.of("text-brandt-buerobedarf-2-pages.pdf",
			"text-werkzeug-steiner-3-pages.pdf", "text-brandt-buerobedarf.pdf", "text-feinkost-albrecht.pdf",
			"text-lumen-analytics-en.pdf", "text-druckerei-sonnenschein.pdf", "text-spedition-hartmann.pdf");

	private final SampleFolder folder;
	private final ScanEffects effects;
	private final Random random;

	BenchSamples(SampleFolder folder, Random random) {
		this.folder = folder;
		this.random = random;
		this.effects = new ScanEffects(random);
	}

	void write(Map<String, byte[]> textPdfs) throws IOException {
		List<BufferedImage> pages = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (String source : SOURCES) {
			byte[] pdf = textPdfs.get(source);
			List<BufferedImage> rendered = PageImages.grey(pdf, 300);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				for (int i = 0; i < rendered.size(); i++) {
					// clean office scans: a little skew and dust, no sensor noise (it would defeat compression)
					BufferedImage page = effects.tone(rendered.get(i), 248, 18, 0);
					page = effects.rotate(page, (random.nextDouble() - 0.5) * 0.8, 248);
					pages.add(effects.specks(page, 15));
					PDFTextStripper stripper = new PDFTextStripper();
					stripper.setSortByPosition(true);
					stripper.setStartPage(i + 1);
					stripper.setEndPage(i + 1);
					text.append("=== page ").append(pages.size()).append(" (").append(source).append(", page ")
							.append(i + 1).append(") ===\n").append(stripper.getText(document));
				}
			}
		}
		if (pages.size() != 10) {
			throw new IllegalStateException("the benchmark needs 10 pages, the sources give " + pages.size());
		}
		folder.bench("ten-pages-300dpi.tif", ImageEncoding.tiff(pages, "Deflate", 300),
				"10 A4 pages, 300 dpi, 8-bit grey, Deflate; pages of the text PDFs listed in the .txt, slightly skewed");
		folder.bench("ten-pages-300dpi.txt", text.toString().getBytes(StandardCharsets.UTF_8),
				"the text of those pages (PDFBox text layer of the source PDFs), page by page, as OCR ground truth");
	}
}
