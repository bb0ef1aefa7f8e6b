package de.kmuflow.samples.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws on PDF pages in millimetres measured from the top-left corner, the way invoice layouts
 * are specified (DIN 5008 gives its positions from the top edge). A text's y is its baseline.
 */
public final class PdfPainter implements Closeable {

	private static final float POINTS_PER_MM = 72f / 25.4f;

	private final PDDocument document;
	private final PDRectangle pageSize;
	private PDPageContentStream content;
	private PDPage page;

	public PdfPainter(PDDocument document, PDRectangle pageSize) throws IOException {
		this.document = document;
		this.pageSize = pageSize;
		newPage();
	}

	public void newPage() throws IOException {
		close();
		page = new PDPage(pageSize);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
	}

	/** Returns to an already drawn page to add to it, e.g. "Seite 1 von 3" once the count is known. */
	public void reopen(int pageIndex) throws IOException {
		close();
		page = document.getPage(pageIndex);
		content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true);
	}

	public int pageCount() {
		return document.getNumberOfPages();
	}

	public int pageNumber() {
		return document.getPages().indexOf(page) + 1;
	}

	public double pageWidth() {
		return pageSize.getWidth() / POINTS_PER_MM;
	}

	public double pageHeight() {
		return pageSize.getHeight() / POINTS_PER_MM;
	}

	public void text(PDFont font, float size, double x, double y, String text) throws IOException {
		text(font, size, x, y, text, Align.LEFT);
	}

	public void text(PDFont font, float size, double x, double y, String text, Align align) throws IOException {
		if (text == null || text.isEmpty()) {
			return;
		}
		double left = switch (align) {
			case LEFT -> x;
			case CENTER -> x - width(font, size, text) / 2;
			case RIGHT -> x - width(font, size, text);
		};
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(pt(left), pt(pageHeight() - y));
		content.showText(text);
		content.endText();
	}

	public void textRight(PDFont font, float size, double x, double y, String text) throws IOException {
		text(font, size, x, y, text, Align.RIGHT);
	}

	public void textCenter(PDFont font, float size, double x, double y, String text) throws IOException {
		text(font, size, x, y, text, Align.CENTER);
	}

	public double width(PDFont font, float size, String text) throws IOException {
		return font.getStringWidth(text) / 1000 * size / POINTS_PER_MM;
	}

	/** Breaks a text into lines no wider than maxWidth, at spaces. */
	public List<String> wrap(PDFont font, float size, String text, double maxWidth) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = current.isEmpty() ? word : current + " " + word;
			if (!current.isEmpty() && width(font, size, candidate) > maxWidth) {
				lines.add(current.toString());
				current = new StringBuilder(word);
			}
			else {
				current = new StringBuilder(candidate);
			}
		}
		if (!current.isEmpty()) {
			lines.add(current.toString());
		}
		return lines;
	}

	public void line(double x1, double y1, double x2, double y2, float widthPt) throws IOException {
		content.setStrokingColor(Color.BLACK);
		content.setLineWidth(widthPt);
		content.moveTo(pt(x1), pt(pageHeight() - y1));
		content.lineTo(pt(x2), pt(pageHeight() - y2));
		content.stroke();
	}

	public void fillRect(double x, double y, double width, double height, Color color) throws IOException {
		content.setNonStrokingColor(color);
		content.addRect(pt(x), pt(pageHeight() - y - height), pt(width), pt(height));
		content.fill();
		content.setNonStrokingColor(Color.BLACK);
	}

	public void strokeRect(double x, double y, double width, double height, float widthPt) throws IOException {
		content.setLineWidth(widthPt);
		content.addRect(pt(x), pt(pageHeight() - y - height), pt(width), pt(height));
		content.stroke();
	}

	public void color(Color color) throws IOException {
		content.setNonStrokingColor(color);
	}

	@Override
	public void close() throws IOException {
		if (content != null) {
			content.close();
			content = null;
		}
	}

	private static float pt(double mm) {
		return (float) (mm * POINTS_PER_MM);
	}
}
