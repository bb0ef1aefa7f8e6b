package de.kmuflow.extraction.accuracy;

import java.nio.file.Path;
import java.util.Map;

/**
 * A document with the values a reader should find on it, by contract field name (text form), and
 * where it comes from: the set it belongs to and, inside real-pdf, the half of the fixed split.
 */
record ExpectedInvoice(Path file, Category category, Map<String, String> values, String set, Half half) {

	static final String OURS = "sample-invoices";
	static final String E_INVOICE_CORPUS = "corpus";
	static final String REAL_PDF = "real-pdf";
	/** Till receipts the project prints itself (sample-receipts/, {@code make receipts}). */
	static final String RECEIPTS = "receipts";

	ExpectedInvoice(Path file, Category category, Map<String, String> values, String set) {
		this(file, category, values, set, null);
	}

	/** Kinds of documents the accuracy table reports on separately. */
	enum Category {
		E_INVOICE("E-Rechnung / e-invoice"), TEXT_PDF("Text-PDF"), SCAN("Scan"), PHOTO("Foto / photo");

		final String label;

		Category(String label) {
			this.label = label;
		}
	}

	/**
	 * The two parts of real-pdf and of the receipt set: readers are tuned looking at TUNE only, CHECK shows whether that
	 * carried over to invoices nobody looked at.
	 */
	enum Half {
		TUNE, CHECK
	}
}
