package de.kmuflow.extraction.internal.ocr;

import java.awt.image.BufferedImage;

/** A page image (number from 1 in its document) and the resolution it was scanned or rendered at. */
public record ScannedPage(int number, BufferedImage image, int dpi) {

	public ScannedPage {
		if (dpi <= 0) {
			throw new IllegalArgumentException("dpi must be positive, was " + dpi);
		}
	}
}
