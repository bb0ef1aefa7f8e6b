package de.kmuflow.invoice.rules;

import static de.kmuflow.invoice.rules.Invoices.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import de.kmuflow.extraction.CashDiscount;
import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.Severity;
import org.junit.jupiter.api.Test;

class DueDateRuleTest {

	static final Clock TEN_MARCH_2026 = Clock.fixed(LocalDate.of(2026, 3, 10).atStartOfDay(ZoneId.of("Europe/Berlin"))
		.toInstant(), ZoneId.of("Europe/Berlin"));

	private final DueDateRule rule = new DueDateRule(TEN_MARCH_2026);

	private static CashDiscount skontoUntil(LocalDate date) {
		return new CashDiscount(eur("2"), null, date);
	}

	@Test
	void consistentDatesPass() {
		assertThat(rule.check(Invoices.complete().build())).isEmpty();
	}

	@Test
	void payableImmediatelyIsFine() {
		assertThat(rule.check(Invoices.complete().set(InvoiceField.DUE_DATE, Invoices.ISSUED).cashDiscount(null).build())).isEmpty();
	}

	@Test
	void dueDateBeforeIssueDate() {
		ExtractedInvoice invoice = Invoices.complete().set(InvoiceField.DUE_DATE, LocalDate.of(2026, 3, 1)).cashDiscount(null).build();

		assertThat(rule.check(invoice)).containsExactly(new Finding(DueDateRule.DUE_BEFORE_ISSUE, Severity.ERROR,
				"dueDate", "Das Fälligkeitsdatum 01.03.2026 liegt vor dem Rechnungsdatum 02.03.2026.")
			.with("date:2026-03-01", "date:2026-03-02"));
	}

	@Test
	void cashDiscountMustEndByTheDueDate() {
		ExtractedInvoice onTheDay = Invoices.complete().cashDiscount(skontoUntil(LocalDate.of(2026, 4, 1))).build();
		ExtractedInvoice dayAfter = Invoices.complete().cashDiscount(skontoUntil(LocalDate.of(2026, 4, 2))).build();

		assertThat(rule.check(onTheDay)).isEmpty();
		assertThat(rule.check(dayAfter)).containsExactly(new Finding(DueDateRule.DISCOUNT_AFTER_DUE, Severity.ERROR,
				"cashDiscount", "Die Skontofrist (bis 02.04.2026) endet nach der Fälligkeit (01.04.2026).")
			.with("date:2026-04-02", "date:2026-04-01"));
	}

	@Test
	void cashDiscountCannotEndBeforeTheInvoiceWasIssued() {
		ExtractedInvoice invoice = Invoices.complete().cashDiscount(skontoUntil(LocalDate.of(2026, 2, 20))).build();

		assertThat(rule.check(invoice)).containsExactly(new Finding(DueDateRule.DISCOUNT_BEFORE_ISSUE, Severity.ERROR,
				"cashDiscount", "Die Skontofrist (bis 20.02.2026) endet vor dem Rechnungsdatum (02.03.2026).")
			.with("date:2026-02-20", "date:2026-03-02"));
	}

	@Test
	void dueDateMoreThanAYearAfterIssueIsAWarning() {
		ExtractedInvoice oneYear = Invoices.complete().set(InvoiceField.DUE_DATE, LocalDate.of(2027, 3, 2)).build();
		ExtractedInvoice oneYearAndADay = Invoices.complete().set(InvoiceField.DUE_DATE, LocalDate.of(2027, 3, 3)).build();

		assertThat(rule.check(oneYear)).isEmpty();
		assertThat(rule.check(oneYearAndADay)).containsExactly(new Finding(DueDateRule.FAR_FROM_ISSUE,
				Severity.WARNING, "dueDate", "Das Fälligkeitsdatum 03.03.2027 liegt mehr als ein Jahr nach dem"
						+ " Rechnungsdatum 02.03.2026; bitte prüfen, ob es richtig gelesen wurde.")
			.saying("due.after", "date:2027-03-03", "date:2026-03-02"));
	}

	@Test
	void deliveryLongBeforeOrAfterTheIssueDateIsAWarning() {
		ExtractedInvoice before = Invoices.complete().set(InvoiceField.DELIVERY_DATE, LocalDate.of(2024, 3, 2)).build();
		ExtractedInvoice after = Invoices.complete().set(InvoiceField.DELIVERY_DATE, LocalDate.of(2028, 3, 2)).build();

		assertThat(rule.check(before)).extracting(Finding::rule, Finding::severity, Finding::field, Finding::message)
			.containsExactly(tuple(DueDateRule.FAR_FROM_ISSUE, Severity.WARNING, "deliveryDate",
					"Das Leistungsdatum 02.03.2024 liegt mehr als ein Jahr vor dem Rechnungsdatum 02.03.2026;"
							+ " bitte prüfen, ob es richtig gelesen wurde."));
		assertThat(rule.check(after)).extracting(Finding::field, Finding::message)
			.containsExactly(tuple("deliveryDate", "Das Leistungsdatum 02.03.2028 liegt mehr als ein Jahr nach dem"
					+ " Rechnungsdatum 02.03.2026; bitte prüfen, ob es richtig gelesen wurde."));
	}

	@Test
	void dueDateMisreadAsAnEarlierYearIsOnlyReportedOnce() {
		ExtractedInvoice invoice = Invoices.complete().set(InvoiceField.DUE_DATE, LocalDate.of(2016, 4, 1)).cashDiscount(null).build();

		assertThat(rule.check(invoice)).extracting(Finding::rule).containsExactly(DueDateRule.DUE_BEFORE_ISSUE);
	}

	@Test
	void issueDateInTheFutureOrLongAgoIsAWarning() {
		ExtractedInvoice tomorrow = Invoices.withoutAmounts(DocumentKind.TEXT_PDF)
			.set(InvoiceField.ISSUE_DATE, LocalDate.of(2026, 3, 11))
			.set(InvoiceField.DELIVERY_DATE, null)
			.set(InvoiceField.DUE_DATE, null)
			.cashDiscount(null)
			.build();
		ExtractedInvoice longAgo = tomorrow.toBuilder().set(InvoiceField.ISSUE_DATE, LocalDate.of(2025, 3, 9)).build();
		ExtractedInvoice aYearAgo = tomorrow.toBuilder().set(InvoiceField.ISSUE_DATE, LocalDate.of(2025, 3, 10)).build();

		assertThat(rule.check(tomorrow)).containsExactly(new Finding(DueDateRule.ISSUE_IN_FUTURE, Severity.WARNING,
				"issueDate", "Das Rechnungsdatum 11.03.2026 liegt in der Zukunft; bitte prüfen, ob es richtig gelesen wurde.")
			.with("date:2026-03-11"));
		assertThat(rule.check(longAgo)).containsExactly(new Finding(DueDateRule.ISSUE_LONG_AGO, Severity.WARNING,
				"issueDate", "Das Rechnungsdatum 09.03.2025 liegt mehr als ein Jahr zurück; bitte prüfen, ob es richtig"
						+ " gelesen wurde.").with("date:2025-03-09"));
		assertThat(rule.check(aYearAgo)).isEmpty();
	}

	@Test
	void absentDatesAreSkipped() {
		ExtractedInvoice invoice = ExtractedInvoice.builder(DocumentKind.IMAGE)
			.set(InvoiceField.DUE_DATE, LocalDate.of(2026, 1, 1))
			.cashDiscount(skontoUntil(LocalDate.of(2026, 2, 1)))
			.build();

		assertThat(rule.check(invoice)).extracting(Finding::rule).containsExactly(DueDateRule.DISCOUNT_AFTER_DUE);
	}
}
