package de.kmuflow.extraction.internal.limits;

import java.util.Locale;

/** The one wording of the pixel limit, for images, PDF pages and images inside PDFs. */
public final class PixelLimit {

	private PixelLimit() {
	}

	public static String message(String what, long width, long height, long limit) {
		return String.format(Locale.GERMANY,
				"%s ist zu groß: %d x %d = %,d Pixel, erlaubt sind höchstens %,d Pixel (mögliche Dekompressionsbombe;"
						+ " image too large: %d x %d pixels, the limit is %,d)",
				what, width, height, width * height, limit, width, height, limit);
	}
}
