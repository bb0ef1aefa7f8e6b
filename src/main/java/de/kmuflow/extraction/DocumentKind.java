package de.kmuflow.extraction;

/** What a document is, judged by its content, never by its name. */
public enum DocumentKind {
	/** XRechnung or other EN 16931 invoice in UBL syntax (Invoice or CreditNote). */
	XRECHNUNG_UBL,
	/** XRechnung or other EN 16931 invoice in UN/CEFACT CII syntax, also ZUGFeRD XML on its own. */
	XRECHNUNG_CII,
	/** PDF carrying an embedded ZUGFeRD / Factur-X / XRechnung XML. */
	ZUGFERD,
	/** PDF with a text layer. */
	TEXT_PDF,
	/** PDF whose pages are images only. */
	SCANNED_PDF,
	/** PNG, JPEG or TIFF. */
	IMAGE,
	/** Anything else: not read. */
	OTHER;

	public boolean isEInvoice() {
		return this == XRECHNUNG_UBL || this == XRECHNUNG_CII || this == ZUGFERD;
	}
}
