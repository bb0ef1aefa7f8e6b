package de.kmuflow.invoice.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import de.kmuflow.extraction.Severity;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One result of a rule: {@code rule} is its stable code (e.g. {@code MANDATORY_INVOICE_NUMBER}),
 * {@code severity} says whether it sends the invoice to review, {@code field} is the catalogue field
 * concerned (null when none is), {@code message} German, written for the accounting clerk, and
 * {@code relatedInvoice} the earlier invoice a possible duplicate repeats. {@code text} and {@code args}
 * let the message be said in another language: {@code text} names the message ({@code finding.<text>} in
 * the message bundle; the rule code unless one rule says several things), {@code args} are its values
 * in a neutral form ({@link #date}, {@link #amount}, {@link #rate}) so each language writes them its way.
 * Findings stored before they had these read back with {@code text} null: they are said in German only.
 */
public record Finding(String rule, Severity severity, String field, String message, UUID relatedInvoice, String text,
		List<String> args) {

	private static final String DATE = "date:";
	private static final String AMOUNT = "amount:";
	private static final String RATE = "rate:";

	public Finding {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
		args = args == null ? List.of() : args.stream().map(arg -> Objects.requireNonNullElse(arg, "")).toList();
	}

	public Finding(String rule, Severity severity, String field, String message, UUID relatedInvoice) {
		this(rule, severity, field, message, relatedInvoice, rule, List.of());
	}

	public Finding(String rule, Severity severity, String field, String message) {
		this(rule, severity, field, message, null);
	}

	/** The same finding, its message given the values another language needs to say it. */
	public Finding with(String... values) {
		return new Finding(rule, severity, field, message, relatedInvoice, rule, List.of(values));
	}

	/** The same finding, said by the message {@code <rule>.<variant>} with these values. */
	public Finding saying(String variant, String... values) {
		return new Finding(rule, severity, field, message, relatedInvoice, rule + "." + variant, List.of(values));
	}

	public static String date(LocalDate date) {
		return date == null ? "" : DATE + date;
	}

	public static String amount(BigDecimal amount, String currency) {
		return amount == null ? "" : AMOUNT + (currency == null ? "EUR" : currency) + ":" + amount.toPlainString();
	}

	public static String rate(BigDecimal rate) {
		return rate == null ? "?" : RATE + rate.stripTrailingZeros().toPlainString();
	}

	/** An argument as a date, or null when it is none. */
	public static LocalDate dateOf(String arg) {
		return arg.startsWith(DATE) ? LocalDate.parse(arg.substring(DATE.length())) : null;
	}

	/** An argument as {@code [currency, amount]}, or null when it is no amount. */
	public static String[] amountOf(String arg) {
		return arg.startsWith(AMOUNT) ? arg.substring(AMOUNT.length()).split(":", 2) : null;
	}

	/** An argument as a rate in per cent, or null when it is none. */
	public static BigDecimal rateOf(String arg) {
		return arg.startsWith(RATE) ? new BigDecimal(arg.substring(RATE.length())) : null;
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
}
