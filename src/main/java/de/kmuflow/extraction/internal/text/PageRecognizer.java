package de.kmuflow.extraction.internal.text;

import java.awt.image.BufferedImage;
import java.util.List;

import de.kmuflow.extraction.UnreadableDocumentException;

/** Turns page images (scans, photos) into words with positions and confidences. */
public interface PageRecognizer extends AutoCloseable {

	/** Pages of an image-only PDF, rendered at the resolution OCR needs. */
	List<PageText> recognisePdfPages(org.apache.pdfbox.pdmodel.PDDocument document) throws UnreadableDocumentException;

	/** The pages of a PNG, JPEG or (multi-page) TIFF. */
	List<PageText> recogniseImage(byte[] image) throws UnreadableDocumentException;

	@Override
	void close();
}
