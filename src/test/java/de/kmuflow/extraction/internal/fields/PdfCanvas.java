package de.kmuflow.extraction.internal.fields;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import de.kmuflow.extraction.internal.text.PageText;
import de.kmuflow.extraction.internal.text.PdfTextReader;

/**
 * Draws text PDFs for tests: A4 pages, text placed by its left (or right) edge and its baseline
 * measured from the top of the page, in PDF points. Reading them back goes through the same
 * {@link PdfTextReader} as real documents.
 */
public final class PdfCanvas {

	private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private final PDDocument document = new PDDocument();
	private PDPageContentStream stream;
	private float size = 10;
	private boolean bold;

	public PdfCanvas() {
		page();
	}

	public PdfCanvas page() {
		try {
			close();
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			return this;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public PdfCanvas font(float size, boolean bold) {
		this.size = size;
		this.bold = bold;
		return this;
	}

	/** Text starting at {@code x}, baseline {@code y} points below the top edge. */
	public PdfCanvas text(double x, double y, String text) {
		try {
			stream.beginText();
			stream.setFont(bold ? BOLD : REGULAR, size);
			stream.newLineAtOffset((float) x, (float) (PDRectangle.A4.getHeight() - y));
			stream.showText(text);
			stream.endText();
			return this;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Text ending at {@code right}, as amounts are printed. */
	public PdfCanvas right(double right, double y, String text) {
		try {
			float width = (bold ? BOLD : REGULAR).getStringWidth(text) / 1000 * size;
			return text(right - width, y, text);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The pages' words as {@link PdfTextReader} reads them from the saved file. */
	List<PageText> words() {
		try (PDDocument saved = Loader.loadPDF(bytes())) {
			return new PdfTextReader().read(saved);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The saved PDF file; the canvas is finished after. */
	public byte[] bytes() {
		try {
			close();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			document.close();
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void close() throws IOException {
		if (stream != null) {
			stream.close();
			stream = null;
		}
	}
}
