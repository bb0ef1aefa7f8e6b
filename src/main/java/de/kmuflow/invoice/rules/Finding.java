package de.kmuflow.invoice.rules;

import java.util.Objects;

/**
 * One result of a rule: {@code rule} is a stable code (e.g. {@code MANDATORY_INVOICE_NUMBER}),
 * {@code field} the {@code ExtractedInvoice} field concerned (null when none is), {@code message}
 * German, written for the accounting clerk.
 */
public record Finding(String rule, Severity severity, String field, String message) {

	public Finding {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
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

	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
