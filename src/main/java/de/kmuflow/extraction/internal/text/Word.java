package de.kmuflow.extraction.internal.text;

/**
 * One word as found on a page, with its box (top-left origin, units of its page) and how sure the
 * reader is of its text (1 for a PDF text layer, Tesseract's word confidence for OCR).
 */
public record Word(String text, double x, double y, double width, double height, double confidence) {

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	public double centerY() {
		return y + height / 2;
	}
}
