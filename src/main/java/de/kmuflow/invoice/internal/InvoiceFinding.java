package de.kmuflow.invoice.internal;

import java.util.UUID;

/**
 * A remark on an invoice for the clerk: which rule, how serious (ERROR and WARNING send the
 * invoice to review), the field concerned, a German message, and for a possible duplicate the
 * earlier invoice.
 */
record InvoiceFinding(String rule, String severity, String field, String message, UUID relatedInvoice) {

	static final String ERROR = "ERROR";
	static final String WARNING = "WARNING";
	static final String INFO = "INFO";

	boolean needsReview() {
		return ERROR.equals(severity) || WARNING.equals(severity);
	}

	String asText() {
		String prefix = switch (severity) {
			case ERROR -> "Fehler";
			case WARNING -> "Warnung";
			default -> "Hinweis";
		};
		return prefix + ": " + message + (relatedInvoice == null ? "" : " (/invoices/" + relatedInvoice + ")");
	}
}
