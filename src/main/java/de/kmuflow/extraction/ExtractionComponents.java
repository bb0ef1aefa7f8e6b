package de.kmuflow.extraction;

import de.kmuflow.extraction.internal.fields.InvoiceFieldExtractor;
import de.kmuflow.extraction.internal.ocr.TesseractPageRecognizer;
import de.kmuflow.extraction.internal.text.PageRecognizer;
import de.kmuflow.extraction.internal.text.TextFieldReader;

/** Wires the internal readers behind {@link InvoiceExtractor}. */
final class ExtractionComponents {

	private ExtractionComponents() {
	}

	static TextFieldReader fieldReader() {
		InvoiceFieldExtractor extractor = new InvoiceFieldExtractor();
		return extractor::extract;
	}

	static PageRecognizer recognizer(ExtractionSettings settings) {
		return new TesseractPageRecognizer(settings.ocrEngines(), settings.maxImagePixels(), settings.maxPages());
	}
}
