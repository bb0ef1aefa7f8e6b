package de.kmuflow.extraction.accuracy;

import java.nio.file.Path;
import java.util.Map;

/** A document with the values a reader should find on it, by contract field name (text form). */
record ExpectedInvoice(Path file, Category category, Map<String, String> values) {

	/** Kinds of documents the accuracy table reports on separately. */
	enum Category {
		E_INVOICE("E-Rechnung / e-invoice"), TEXT_PDF("Text-PDF"), SCAN("Scan"), PHOTO("Foto / photo");

		final String label;

		Category(String label) {
			this.label = label;
		}
	}
}
