package de.kmuflow.extraction.internal.ocr;

import java.io.IOException;

/**
 * Hands out pages one at a time, on the calling thread and in order, so that a long document is
 * decoded or rendered page by page while earlier pages are being read, instead of all at once.
 */
@FunctionalInterface
public interface PageSource {

	/** The page at index (0-based). */
	ScannedPage page(int index) throws IOException;
}
