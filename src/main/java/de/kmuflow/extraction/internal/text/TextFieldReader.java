package de.kmuflow.extraction.internal.text;

import java.util.List;

import de.kmuflow.extraction.ExtractedInvoice;

/** Finds invoice fields in the words of text PDFs and OCR alike. */
@FunctionalInterface
public interface TextFieldReader {

	void read(List<PageText> pages, ExtractedInvoice.Builder into);
}
