package de.kmuflow.extraction.internal.ocr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import de.kmuflow.extraction.UnreadableDocumentException;
import de.kmuflow.extraction.internal.limits.DocumentTooLargeException;
import de.kmuflow.extraction.internal.text.PageRecognizer;
import de.kmuflow.extraction.internal.text.PageText;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Scans and photos through the Tesseract pool. The engines start on the first scan, so reading
 * e-invoices and text PDFs never waits for OCR models (nor needs them installed).
 */
public final class TesseractPageRecognizer implements PageRecognizer {

	private final int engines;
	private final long maxPixels;
	private final int maxPages;
	private OcrEnginePool pool;
	private ScannedDocumentReader reader;
	private ScannedDocumentReader columnReader;

	public TesseractPageRecognizer(int engines, long maxPixels, int maxPages) {
		this.engines = engines;
		this.maxPixels = maxPixels;
		this.maxPages = maxPages;
	}

	@Override
	public List<PageText> recognisePdfPages(PDDocument document) throws UnreadableDocumentException {
		try {
			return reader().readPdf(document);
		}
		catch (IOException e) {
			throw unreadable(e);
		}
	}

	@Override
	public List<PageText> recogniseImage(byte[] image) throws UnreadableDocumentException {
		try {
			return reader().readImage(new ByteArrayInputStream(image));
		}
		catch (IOException e) {
			throw unreadable(e);
		}
	}

	@Override
	public List<PageText> recogniseImageAsColumn(byte[] image) throws UnreadableDocumentException {
		try {
			return columnReader().readImage(new ByteArrayInputStream(image));
		}
		catch (IOException e) {
			throw unreadable(e);
		}
	}

	@Override
	public List<PageText> recognisePdfPagesAsColumn(PDDocument document) throws UnreadableDocumentException {
		try {
			return columnReader().readPdf(document);
		}
		catch (IOException e) {
			throw unreadable(e);
		}
	}

	private synchronized ScannedDocumentReader columnReader() {
		if (columnReader == null) {
			OcrReader ocr = reader().ocr().asSingleColumn();
			columnReader = new ScannedDocumentReader(ocr, maxPixels, maxPages);
		}
		return columnReader;
	}

	private static UnreadableDocumentException unreadable(IOException e) {
		if (e instanceof DocumentTooLargeException) {
			return new UnreadableDocumentException(e.getMessage(), e);
		}
		return new UnreadableDocumentException("Das Bild ist beschädigt oder in keinem lesbaren Format (the image cannot be decoded): "
				+ e.getMessage(), e);
	}

	private synchronized ScannedDocumentReader reader() {
		if (reader == null) {
			try {
				pool = new OcrEnginePool(OcrEngineSettings.defaults().withEngines(Math.max(1, engines)));
			}
			catch (RuntimeException e) {
				throw new OcrException("Texterkennung nicht verfügbar (Tesseract with deu+eng models is needed): "
						+ e.getMessage(), e);
			}
			reader = new ScannedDocumentReader(new OcrReader(pool), maxPixels, maxPages);
		}
		return reader;
	}

	@Override
	public synchronized void close() {
		if (columnReader != null) {
			columnReader.ocr().close();
		}
		if (pool != null) {
			pool.close();
		}
	}
}
