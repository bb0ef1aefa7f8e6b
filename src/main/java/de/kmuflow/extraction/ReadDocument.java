package de.kmuflow.extraction;

import java.util.List;

/**
 * What the generic reader made of a document, with the printed lines it read them from (none for an
 * e-invoice's XML), so that what was learned about an issuer can be applied to the same page.
 */
public record ReadDocument(ExtractedInvoice invoice, List<PrintedLine> lines) {

	public ReadDocument {
		lines = lines == null ? List.of() : List.copyOf(lines);
	}
}
