package de.kmuflow.extraction;

/**
 * How documents are read: OCR engines working in parallel (one per core by default), the largest
 * image accepted (against decompression bombs) and whether e-invoices are checked by schematron.
 */
public record ExtractionSettings(int ocrEngines, long maxImagePixels, boolean validateEInvoices) {

	public static final long DEFAULT_MAX_IMAGE_PIXELS = 60_000_000L;

	public static ExtractionSettings defaults() {
		return new ExtractionSettings(Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_IMAGE_PIXELS, true);
	}

	public ExtractionSettings withValidation(boolean validate) {
		return new ExtractionSettings(ocrEngines, maxImagePixels, validate);
	}
}
