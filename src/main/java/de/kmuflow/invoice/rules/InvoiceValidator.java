package de.kmuflow.invoice.rules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import de.kmuflow.extraction.ExtractedInvoice;

/** Runs a list of rules over an invoice and returns all their findings, in the order of the rules. */
public final class InvoiceValidator {

	/** The code of the finding that stands for a rule that failed itself. */
	public static final String RULE_FAILED = "RULE_FAILED";

	private final List<InvoiceRule> rules;

	public InvoiceValidator(List<? extends InvoiceRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** All of kmu-flow's rules, mandatory contents first. */
	public static InvoiceValidator standard() {
		return standard(new DueDateRule());
	}

	/** The standard rules with the clock that says what today is (for tests and replays). */
	public static InvoiceValidator standard(Clock clock) {
		return standard(new DueDateRule(clock));
	}

	private static InvoiceValidator standard(DueDateRule dueDates) {
		return new InvoiceValidator(List.of(new MandatoryContentsRule(), new ArithmeticRule(), new IbanRule(),
				new VatIdRule(), new TaxNumberRule(), dueDates));
	}

	/**
	 * The rules an invoice in its process is checked with: whether it could be read, the standard
	 * rules, the reader's remarks, doubtful core fields, the purchase-order match, duplicates and
	 * new suppliers; in the order a clerk reads their findings.
	 */
	public static InvoiceValidator forProcess(Clock clock, double reviewConfidence, int duplicateWindowDays) {
		List<InvoiceRule> rules = new ArrayList<>();
		rules.add(new UnreadableRule());
		rules.addAll(standard(clock).rules());
		rules.addAll(List.of(new ReadingFindingsRule(), new LowConfidenceRule(reviewConfidence), new OrderMatchRule(),
				new DuplicateRule(duplicateWindowDays), new NewSupplierRule()));
		return new InvoiceValidator(rules);
	}

	public List<InvoiceRule> rules() {
		return rules;
	}

	/**
	 * The findings of all rules. A rule that fails with an exception becomes an error finding, so the
	 * invoice goes to a clerk instead of stopping the process.
	 */
	public List<Finding> validate(ExtractedInvoice invoice) {
		return validate(invoice, Facts.NONE);
	}

	/** The findings of all rules for an invoice and what is known about it besides its values. */
	public List<Finding> validate(ExtractedInvoice invoice, Facts facts) {
		Objects.requireNonNull(invoice, "invoice");
		List<Finding> findings = new ArrayList<>();
		for (InvoiceRule rule : rules) {
			try {
				findings.addAll(rule.check(invoice, facts));
			}
			catch (RuntimeException e) {
				findings.add(Finding.error(RULE_FAILED, null, "Die Prüfung " + rule.getClass().getSimpleName()
						+ " konnte nicht durchgeführt werden (" + e + "); bitte die Rechnung von Hand prüfen.")
					.with(rule.getClass().getSimpleName(), String.valueOf(e)));
			}
		}
		return List.copyOf(findings);
	}

	public static boolean hasErrors(List<Finding> findings) {
		return findings.stream().anyMatch(Finding::isError);
	}
}
