package de.kmuflow.extraction;

/**
 * How documents are read: OCR engines working in parallel (one per core by default), whether
 * e-invoices are checked by schematron, and what a document may cost before it is refused
 * (against decompression bombs): pixels per page, pages, and bytes once its streams are inflated.
 */
public record ExtractionSettings(int ocrEngines, long maxImagePixels, boolean validateEInvoices, int maxPages,
		long maxInflatedBytes) {

	/** A4 scanned at 600 dpi has 35 megapixels. */
	public static final long DEFAULT_MAX_IMAGE_PIXELS = 50_000_000L;
	/** Invoices run to a few pages; long delivery lists to a few dozen. */
	public static final int DEFAULT_MAX_PAGES = 200;
	/** Far above what a text PDF inflates to, and a 200-page colour scan stays JPEG-compressed. */
	public static final long DEFAULT_MAX_INFLATED_BYTES = 256L * 1024 * 1024;

	public static ExtractionSettings defaults() {
		return new ExtractionSettings(Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_IMAGE_PIXELS, true,
				DEFAULT_MAX_PAGES, DEFAULT_MAX_INFLATED_BYTES);
	}

	public ExtractionSettings withValidation(boolean validate) {
		return new ExtractionSettings(ocrEngines, maxImagePixels, validate, maxPages, maxInflatedBytes);
	}
}
