package de.kmuflow.samples.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import de.kmuflow.samples.pdf.InvoicePdf;

/** An image-only PDF as scanners produce it: one JPEG per page, no text layer. */
public final class ScannedPdf {

	private ScannedPdf() {
	}

	public static byte[] of(List<BufferedImage> pages, int dpi, float quality, String name) throws IOException {
		try (PDDocument document = new PDDocument()) {
			for (BufferedImage image : pages) {
				// the JPEG bytes go into the PDF unchanged (DCTDecode), exactly as a scanner stores them
				PDImageXObject jpeg = JPEGFactory.createFromByteArray(document,
						ImageEncoding.jpeg(image, quality, dpi));
				PDRectangle size = new PDRectangle(image.getWidth() * 72f / dpi, image.getHeight() * 72f / dpi);
				PDPage page = new PDPage(size);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.drawImage(jpeg, 0, 0, size.getWidth(), size.getHeight());
				}
			}
			document.getDocumentInformation().setProducer("Scan2PDF");
			return InvoicePdf.save(document, name);
		}
	}
}
