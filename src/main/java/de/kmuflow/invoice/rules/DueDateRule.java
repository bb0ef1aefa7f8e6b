package de.kmuflow.invoice.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import de.kmuflow.extraction.CashDiscount;
import de.kmuflow.extraction.ExtractedInvoice;

/**
 * The dates fit together: payment is due on or after the issue date, the cash discount (Skonto)
 * period ends between issue and due date, and no date lies more than a year from the issue date
 * or the issue date itself far from today. A misread year is the usual cause, and a wrong
 * Skonto date makes the approval miss its deadline.
 */
public final class DueDateRule implements InvoiceRule {

	public static final String DUE_BEFORE_ISSUE = "DUE_DATE_BEFORE_ISSUE";
	public static final String DISCOUNT_AFTER_DUE = "CASH_DISCOUNT_AFTER_DUE";
	public static final String DISCOUNT_BEFORE_ISSUE = "CASH_DISCOUNT_BEFORE_ISSUE";
	public static final String FAR_FROM_ISSUE = "DATE_FAR_FROM_ISSUE";
	public static final String ISSUE_IN_FUTURE = "ISSUE_DATE_IN_FUTURE";
	public static final String ISSUE_LONG_AGO = "ISSUE_DATE_LONG_AGO";

	private final Clock clock;

	/** Today as it is in Germany, whatever zone the server runs in. */
	public DueDateRule() {
		this(Clock.system(ZoneId.of("Europe/Berlin")));
	}

	/** With the clock that says what today is. */
	public DueDateRule(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		LocalDate issue = invoice.issueDate();
		LocalDate due = invoice.dueDate();
		CashDiscount discount = invoice.cashDiscount();
		LocalDate discountDue = discount == null ? null : discount.dueDate();
		List<Finding> findings = new ArrayList<>();
		if (issue != null) {
			checkIssueAgainstToday(issue, findings);
		}
		if (issue != null && due != null && due.isBefore(issue)) {
			findings.add(Finding.error(DUE_BEFORE_ISSUE, "dueDate", "Das Fälligkeitsdatum " + GermanFormat.date(due)
					+ " liegt vor dem Rechnungsdatum " + GermanFormat.date(issue) + ".").with(Finding.date(due), Finding.date(issue)));
		}
		if (discountDue != null && due != null && discountDue.isAfter(due)) {
			findings.add(Finding.error(DISCOUNT_AFTER_DUE, "cashDiscount", "Die Skontofrist (bis "
					+ GermanFormat.date(discountDue) + ") endet nach der Fälligkeit (" + GermanFormat.date(due) + ").")
				.with(Finding.date(discountDue), Finding.date(due)));
		}
		if (discountDue != null && issue != null && discountDue.isBefore(issue)) {
			findings.add(Finding.error(DISCOUNT_BEFORE_ISSUE, "cashDiscount", "Die Skontofrist (bis "
					+ GermanFormat.date(discountDue) + ") endet vor dem Rechnungsdatum (" + GermanFormat.date(issue) + ").")
				.with(Finding.date(discountDue), Finding.date(issue)));
		}
		if (issue != null) {
			// due and Skonto dates before the issue date are errors already
			checkNotLongAfter("Das Fälligkeitsdatum", "due", "dueDate", due, issue, findings);
			checkNotLongAfter("Das Ende der Skontofrist", "discount", "cashDiscount", discountDue, issue, findings);
			checkNotLongAfter("Das Leistungsdatum", "delivery", "deliveryDate", invoice.deliveryDate(), issue, findings);
			checkNotLongBefore("Das Leistungsdatum", "delivery", "deliveryDate", invoice.deliveryDate(), issue, findings);
		}
		return List.copyOf(findings);
	}

	private void checkIssueAgainstToday(LocalDate issue, List<Finding> findings) {
		LocalDate today = LocalDate.now(clock);
		if (issue.isAfter(today)) {
			findings.add(Finding.warning(ISSUE_IN_FUTURE, "issueDate", "Das Rechnungsdatum " + GermanFormat.date(issue)
					+ " liegt in der Zukunft; bitte prüfen, ob es richtig gelesen wurde.").with(Finding.date(issue)));
		}
		else if (issue.plusYears(1).isBefore(today)) {
			findings.add(Finding.warning(ISSUE_LONG_AGO, "issueDate", "Das Rechnungsdatum " + GermanFormat.date(issue)
					+ " liegt mehr als ein Jahr zurück; bitte prüfen, ob es richtig gelesen wurde.").with(Finding.date(issue)));
		}
	}

	private static void checkNotLongAfter(String what, String which, String field, LocalDate date, LocalDate issue,
			List<Finding> findings) {
		if (date != null && date.isAfter(issue.plusYears(1))) {
			findings.add(Finding.warning(FAR_FROM_ISSUE, field, what + " " + GermanFormat.date(date)
					+ " liegt mehr als ein Jahr nach dem Rechnungsdatum " + GermanFormat.date(issue)
					+ "; bitte prüfen, ob es richtig gelesen wurde.").saying(which + ".after", Finding.date(date), Finding.date(issue)));
		}
	}

	private static void checkNotLongBefore(String what, String which, String field, LocalDate date, LocalDate issue,
			List<Finding> findings) {
		if (date != null && date.isBefore(issue.minusYears(1))) {
			findings.add(Finding.warning(FAR_FROM_ISSUE, field, what + " " + GermanFormat.date(date)
					+ " liegt mehr als ein Jahr vor dem Rechnungsdatum " + GermanFormat.date(issue)
					+ "; bitte prüfen, ob es richtig gelesen wurde.").saying(which + ".before", Finding.date(date), Finding.date(issue)));
		}
	}
}
