package de.kmuflow.extraction.internal.ocr;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import javax.imageio.stream.MemoryCacheImageInputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import de.kmuflow.extraction.internal.limits.DocumentTooLargeException;
import de.kmuflow.extraction.internal.text.PageText;

/**
 * Reads scans: image files (PNG, JPEG, all pages of a TIFF) and PDF pages without a text layer,
 * rendered at 300 dpi in grey. Pages are decoded or rendered one at a time on the calling thread
 * while earlier pages are recognised in parallel.
 */
public final class ScannedDocumentReader {

	/** A4 scanned at 600 dpi has 35 megapixels. */
	public static final long DEFAULT_MAX_PIXELS = 50_000_000L;
	public static final int DEFAULT_MAX_PAGES = 200;
	public static final int PDF_DPI = 300;

	private final OcrReader ocr;
	private final long maxPixels;
	private final int maxPages;

	public ScannedDocumentReader(OcrReader ocr, long maxPixels, int maxPages) {
		this.ocr = ocr;
		this.maxPixels = maxPixels;
		this.maxPages = maxPages;
	}

	public ScannedDocumentReader(OcrReader ocr) {
		this(ocr, DEFAULT_MAX_PIXELS, DEFAULT_MAX_PAGES);
	}

	OcrReader ocr() {
		return ocr;
	}

	/** All pages of an image file. */
	public List<PageText> readImage(Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			return readImage(in);
		}
	}

	/**
	 * All pages of an image. The number of pages, and each page's size, is checked before it is decoded.
	 *
	 * @throws ImageTooLargeException when a page has more pixels than allowed
	 * @throws DocumentTooLargeException when the image has more pages than allowed
	 */
	public List<PageText> readImage(InputStream image) throws IOException {
		// cached in memory: decodes TIFF pages about a third faster than from a file or a file cache,
		// and scans are a few megabytes
		try (ImagePages pages = ImagePages.open(new MemoryCacheImageInputStream(image), maxPixels)) {
			int count = pages.count();
			if (count > maxPages) {
				throw new DocumentTooLargeException(String.format(java.util.Locale.GERMANY,
						"Das Bild hat %,d Seiten, gelesen werden höchstens %,d (too many pages)", count, maxPages));
			}
			// the pages with the most ink first: the last pages are then short ones
			return ocr.recogniseAll(count, pages::page, pages::storedBytes);
		}
	}

	/** Every page of a PDF, rendered and recognised. */
	public List<PageText> readPdf(PDDocument document) throws IOException {
		return readPdfPages(document, IntStream.rangeClosed(1, document.getNumberOfPages()).boxed().toList());
	}

	/**
	 * The given pages (numbered from 1) of a PDF, e.g. those without a text layer.
	 *
	 * @throws ImageTooLargeException when a page would render to more pixels than allowed
	 */
	public List<PageText> readPdfPages(PDDocument document, List<Integer> pageNumbers) throws IOException {
		PDFRenderer renderer = new PDFRenderer(document);
		// an image finer than the rendering is decoded at about its resolution, not whole
		renderer.setSubsamplingAllowed(true);
		return ocr.recogniseAll(pageNumbers.size(), index -> render(document, renderer, pageNumbers.get(index)));
	}

	/** One PDF page as a 300 dpi grey image, refused beforehand if it would be too large. */
	ScannedPage render(PDDocument document, PDFRenderer renderer, int pageNumber) throws IOException {
		PDRectangle box = document.getPage(pageNumber - 1).getCropBox();
		long width = Math.round(box.getWidth() / 72.0 * PDF_DPI);
		long height = Math.round(box.getHeight() / 72.0 * PDF_DPI);
		if (width * height > maxPixels) {
			throw new ImageTooLargeException(width, height, maxPixels);
		}
		return new ScannedPage(pageNumber, renderer.renderImageWithDPI(pageNumber - 1, PDF_DPI, ImageType.GRAY),
				PDF_DPI);
	}
}
