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

	/** The pages of an image read as one narrow column of text, as a till receipt prints it. */
	default List<PageText> recogniseImageAsColumn(byte[] image) throws UnreadableDocumentException {
		return recogniseImage(image);
	}

	/** Pages of an image-only PDF read as one narrow column of text. */
	default List<PageText> recognisePdfPagesAsColumn(org.apache.pdfbox.pdmodel.PDDocument document)
			throws UnreadableDocumentException {
		return recognisePdfPages(document);
	}

	@Override
	void close();
}
