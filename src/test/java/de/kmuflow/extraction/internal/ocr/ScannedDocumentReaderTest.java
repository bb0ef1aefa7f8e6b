package de.kmuflow.extraction.internal.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.kmuflow.extraction.internal.text.PageText;

/** Image files and image-only PDFs, read page by page, and images too large to decode. */
class ScannedDocumentReaderTest {

	private static OcrEnginePool pool;
	private static OcrReader ocr;
	private static ScannedDocumentReader reader;

	@BeforeAll
	static void startEngines() {
		pool = new OcrEnginePool(OcrEngineSettings.defaults().withEngines(2));
		ocr = new OcrReader(pool);
		reader = new ScannedDocumentReader(ocr);
	}

	@AfterAll
	static void stopEngines() {
		ocr.close();
		pool.close();
	}

	@Test
	void readsEveryPageOfATiffInOrder(@TempDir Path folder) throws IOException {
		Path tiff = folder.resolve("scan.tif");
		InvoicePages.writeTiff(List.of(InvoicePages.page(0, 300), InvoicePages.page(1, 300), InvoicePages.page(2, 300)),
				300, tiff);

		List<PageText> pages = reader.readImage(tiff);

		assertThat(pages).extracting(PageText::number).containsExactly(1, 2, 3);
		assertThat(PageQuality.word(pages.get(0), "RE-2026-0815")).isPresent();
		assertThat(PageQuality.word(pages.get(1), "RE-2026-0816")).isPresent();
		assertThat(PageQuality.word(pages.get(2), "RE-2026-0817")).isPresent();
	}

	@Test
	void takesTheTiffPagesWithTheMostInkFirstAndKeepsTheirOrder(@TempDir Path folder) throws IOException {
		Path tiff = folder.resolve("scan.tif");
		InvoicePages.writeTiff(List.of(InvoicePages.draw(List.of("Seite 2 von 3", "Übertrag 1.234,56 EUR"), 300),
				InvoicePages.page(1, 300), InvoicePages.draw(List.of(), 300)), 300, tiff);
		List<Integer> taken = new CopyOnWriteArrayList<>();
		List<Integer> estimated = new CopyOnWriteArrayList<>();

		List<PageText> pages;
		try (ImagePages images = ImagePages.open(ImageIO.createImageInputStream(tiff.toFile()), Long.MAX_VALUE)) {
			assertThat(images.storedBytes(1)).isGreaterThan(images.storedBytes(0));
			assertThat(images.storedBytes(0)).isGreaterThan(images.storedBytes(2)).isPositive();
			pages = ocr.recogniseAll(3, index -> {
				taken.add(index);
				return images.page(index);
			}, index -> {
				estimated.add(index);
				return images.storedBytes(index);
			});
		}

		assertThat(taken).containsExactly(1, 0, 2);
		// each page's header is read once for the estimate, not at every comparison of the sort
		assertThat(estimated).containsExactlyInAnyOrder(0, 1, 2);
		assertThat(pages).extracting(PageText::number).containsExactly(1, 2, 3);
		assertThat(PageQuality.word(pages.get(1), "RE-2026-0816")).isPresent();
		assertThat(pages.get(2).words()).isEmpty();
	}

	@Test
	void aOnePageFormatGivesNoStoredSize(@TempDir Path folder) throws IOException {
		Path png = folder.resolve("scan.png");
		ImageIO.write(InvoicePages.page(0, 300), "png", png.toFile());

		try (ImagePages images = ImagePages.open(ImageIO.createImageInputStream(png.toFile()), Long.MAX_VALUE)) {
			assertThat(images.storedBytes(0)).isZero();
		}
	}

	@Test
	void readsAJpeg(@TempDir Path folder) throws IOException {
		Path jpeg = folder.resolve("scan.jpg");
		ImageIO.write(InvoicePages.page(3, 300), "jpg", jpeg.toFile());

		List<PageText> pages = reader.readImage(jpeg);

		assertThat(pages).singleElement()
			.satisfies(page -> assertThat(PageQuality.wordsFound(InvoicePages.words(3), page)).isGreaterThan(0.93));
	}

	@Test
	void estimatesTheResolutionOfAnImageThatDeclaresNone(@TempDir Path folder) throws IOException {
		Path png = folder.resolve("scan.png");
		ImageIO.write(InvoicePages.page(4, 150), "png", png.toFile());

		PageText page = reader.readImage(png).get(0);

		// 1240 pixels across taken as A4 at 150 dpi: upscaled, and the page is 595 points wide
		assertThat(page.width()).isCloseTo(595, within(2.0));
		assertThat(PageQuality.wordsFound(InvoicePages.words(4), page)).isGreaterThan(0.93);
	}

	@Test
	void refusesAHugeImageBeforeDecodingIt() {
		byte[] bomb = pngClaiming(100_000, 100_000);

		long start = System.nanoTime();
		assertThatThrownBy(() -> reader.readImage(new ByteArrayInputStream(bomb)))
			.isInstanceOfSatisfying(ImageTooLargeException.class, e -> {
				assertThat(e.pixels()).isEqualTo(10_000_000_000L);
				assertThat(e.limit()).isEqualTo(ScannedDocumentReader.DEFAULT_MAX_PIXELS);
			})
			.hasMessageContaining("Das Bild ist zu groß: 100000 x 100000");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void appliesTheConfiguredPixelLimit(@TempDir Path folder) throws IOException {
		Path png = folder.resolve("scan.png");
		ImageIO.write(InvoicePages.page(0, 100), "png", png.toFile());
		ScannedDocumentReader strict = new ScannedDocumentReader(ocr, 500_000, ScannedDocumentReader.DEFAULT_MAX_PAGES);

		assertThatThrownBy(() -> strict.readImage(png)).isInstanceOf(ImageTooLargeException.class);
	}

	@Test
	void refusesSomethingThatIsNoImage() {
		byte[] text = "Rechnung".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> reader.readImage(new ByteArrayInputStream(text))).isInstanceOf(IOException.class)
			.hasMessageContaining("Not an image format");
	}

	@Test
	void rendersAndReadsTheImageOnlyPagesOfAPdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			addScannedPage(document, 5);
			addScannedPage(document, 6);

			List<PageText> pages = reader.readPdfPages(document, List.of(2));

			assertThat(pages).singleElement().satisfies(page -> {
				assertThat(page.number()).isEqualTo(2);
				assertThat(page.width()).isCloseTo(PDRectangle.A4.getWidth(), within(1.0));
				assertThat(PageQuality.word(page, "RE-2026-0821")).isPresent();
				assertThat(PageQuality.wordsFound(InvoicePages.words(6), page)).isGreaterThan(0.93);
			});
		}
	}

	@Test
	void refusesAPdfPageThatWouldRenderTooLarge() throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(new PDRectangle(5000, 5000)));

			assertThatThrownBy(() -> reader.readPdf(document)).isInstanceOf(ImageTooLargeException.class);
		}
	}

	private static void addScannedPage(PDDocument document, int variant) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		PDImageXObject scan = LosslessFactory.createFromImage(document, InvoicePages.page(variant, 300));
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
		}
	}

	/** A small, valid PNG whose header claims a grey image of width x height pixels. */
	private static byte[] pngClaiming(int width, int height) {
		try {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
			ByteArrayOutputStream header = new ByteArrayOutputStream();
			DataOutputStream fields = new DataOutputStream(header);
			fields.writeInt(width);
			fields.writeInt(height);
			fields.write(new byte[] { 8, 0, 0, 0, 0 });
			chunk(png, "IHDR", header.toByteArray());
			Deflater deflater = new Deflater();
			deflater.setInput(new byte[4096]);
			deflater.finish();
			byte[] compressed = new byte[4096];
			chunk(png, "IDAT", java.util.Arrays.copyOf(compressed, deflater.deflate(compressed)));
			chunk(png, "IEND", new byte[0]);
			return png.toByteArray();
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
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
