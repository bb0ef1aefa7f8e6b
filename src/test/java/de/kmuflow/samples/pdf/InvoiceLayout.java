package de.kmuflow.samples.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import de.kmuflow.samples.model.SampleInvoice;

/**
 * One way of putting an invoice on paper. A layout prints every value the invoice carries (number,
 * dates, seller identifiers and account, buyer, references, lines, totals, tax per rate with its base
 * and the tax total when rates are mixed, Skonto terms): the expected JSON relies on it, and
 * {@code PrintedValuesCheck} verifies it for every drawn sample.
 */
public interface InvoiceLayout {

	/** A few words for the samples README: where things are and what wording is used. */
	String description();

	default PDRectangle pageSize(SampleInvoice invoice) {
		return PDRectangle.A4;
	}

	default FontSet fonts(PDDocument document) throws IOException {
		return FontSet.helvetica();
	}

	void draw(SampleInvoice invoice, PdfPainter painter, FontSet fonts) throws IOException;
}
