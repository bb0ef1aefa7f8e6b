package de.kmuflow.extraction.internal.ocr;

import de.kmuflow.extraction.internal.limits.DocumentTooLargeException;
import de.kmuflow.extraction.internal.limits.PixelLimit;

/**
 * A page image has more pixels than the configured limit. Raised before the image is decoded, so a
 * small file claiming a huge image (a decompression bomb) cannot exhaust memory. Callers show the
 * user that the document is too large to read.
 */
public class ImageTooLargeException extends DocumentTooLargeException {

	private final long pixels;
	private final long limit;

	public ImageTooLargeException(long width, long height, long limit) {
		super(PixelLimit.message("Das Bild", width, height, limit));
		this.pixels = width * height;
		this.limit = limit;
	}

	public long pixels() {
		return pixels;
	}

	public long limit() {
		return limit;
	}
}
