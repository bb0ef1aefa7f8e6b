package de.kmuflow.invoice.rules;

import java.util.Objects;
import java.util.UUID;

import de.kmuflow.extraction.Severity;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One result of a rule: {@code rule} is its stable code (e.g. {@code MANDATORY_INVOICE_NUMBER}),
 * {@code severity} says whether it sends the invoice to review, {@code field} is the catalogue field
 * concerned (null when none is), {@code message} German, written for the accounting clerk, and
 * {@code relatedInvoice} the earlier invoice a possible duplicate repeats.
 */
public record Finding(String rule, Severity severity, String field, String message, UUID relatedInvoice) {

	public Finding {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
	}

	public Finding(String rule, Severity severity, String field, String message) {
		this(rule, severity, field, message, null);
	}

	public static Finding error(String rule, String field, String message) {
		return new Finding(rule, Severity.ERROR, field, message);
	}

	public static Finding warning(String rule, String field, String message) {
		return new Finding(rule, Severity.WARNING, field, message);
	}

	public static Finding info(String rule, String field, String message) {
		return new Finding(rule, Severity.INFO, field, message);
	}

	@JsonIgnore // not a property: findings are stored and sent as JSON
	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** Errors and warnings: a clerk looks at the invoice before anyone approves it. */
	public boolean needsReview() {
		return severity != Severity.INFO;
	}

	/** As the clerk's forms show it: "Warnung: … (/invoices/…)". */
	public String asText() {
		return severity.german() + ": " + message + (relatedInvoice == null ? "" : " (/invoices/" + relatedInvoice + ")");
	}
}
