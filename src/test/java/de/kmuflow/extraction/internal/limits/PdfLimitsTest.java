package de.kmuflow.extraction.internal.limits;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * The limits are kept per stream, as PDFBox inflates one stream at a time: a scan of several pages
 * at a fine resolution is read, a single stream or the whole file beyond its bound is not.
 */
class PdfLimitsTest {

	private static final long MEGABYTE = 1024 * 1024;

	private final PdfLimits limits = new PdfLimits(200, 1000, MEGABYTE);

	@Test
	void severalStreamsEachWithinTheLimitAreRead() throws Exception {
		byte[] fourPages = pdfWithStreams(4, (int) (0.9 * MEGABYTE));

		assertThatCode(() -> limits.checkInflatedSize(fourPages)).doesNotThrowAnyException();
	}

	@Test
	void oneStreamBeyondTheLimitIsRefused() throws Exception {
		byte[] oneLarge = pdfWithStreams(1, (int) (1.1 * MEGABYTE));

		assertThatThrownBy(() -> limits.checkInflatedSize(oneLarge)).isInstanceOf(DocumentTooLargeException.class)
			.hasMessageContaining("Dekompressionsbombe");
	}

	@Test
	void manyStreamsTogetherBeyondTheirBoundAreRefused() throws Exception {
		byte[] manySmall = pdfWithStreams(PdfLimits.STREAMS_TOGETHER + 1, (int) (0.9 * MEGABYTE));

		assertThatThrownBy(() -> limits.checkInflatedSize(manySmall)).isInstanceOf(DocumentTooLargeException.class)
			.hasMessageContaining("Dekompressionsbombe");
	}

	@Test
	void anEmbeddedImageMayDeclareMorePixelsThanAnImageFileUpToItsBound() throws Exception {
		try (PDDocument fine = documentWithImage(40, 40); PDDocument absurd = documentWithImage(100, 100)) {
			// 1,600 pixels: more than the 1,000 of an image file, within twice that
			assertThatCode(() -> limits.checkStructure(fine)).doesNotThrowAnyException();
			assertThatThrownBy(() -> limits.checkStructure(absurd)).isInstanceOf(DocumentTooLargeException.class)
				.hasMessageContaining("zu groß");
		}
	}

	/** A saved and reopened one-page PDF showing a grey image of the given size. */
	private static PDDocument documentWithImage(int width, int height) throws Exception {
		ByteArrayOutputStream saved = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDImageXObject image = LosslessFactory.createFromImage(document,
					new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY));
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.drawImage(image, 0, 0);
			}
			document.save(saved);
		}
		return Loader.loadPDF(saved.toByteArray());
	}

	/** A file of count Flate streams, each inflating to size bytes of zeros. */
	private static byte[] pdfWithStreams(int count, int size) throws Exception {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		pdf.write("%PDF-1.5\n".getBytes(StandardCharsets.US_ASCII));
		for (int i = 1; i <= count; i++) {
			ByteArrayOutputStream deflated = new ByteArrayOutputStream();
			try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
				out.write(new byte[size]);
			}
			pdf.write((i + " 0 obj\n<< /Filter /FlateDecode /Length " + deflated.size() + " >>\nstream\n")
				.getBytes(StandardCharsets.US_ASCII));
			pdf.write(deflated.toByteArray());
			pdf.write("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
		}
		pdf.write("%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		return pdf.toByteArray();
	}
}
