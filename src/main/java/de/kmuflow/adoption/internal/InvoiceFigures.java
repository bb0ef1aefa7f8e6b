package de.kmuflow.adoption.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How invoices went through their process in a period: how many needed no person at all, and how
 * long they took from receipt (process start) to posting (the posted end event).
 *
 * @param finished invoice processes that completed in the period (posted or not)
 * @param withoutHumanTouch of those, the ones that passed no user task
 * @param withoutHumanTouchPercent their share of the finished ones
 * @param posted invoices posted in the period
 * @param averageLeadTimeHours mean time from receipt to posting, null when none was posted
 */
record InvoiceFigures(LocalDate from, LocalDate to, long finished, long withoutHumanTouch,
		BigDecimal withoutHumanTouchPercent, long posted, BigDecimal averageLeadTimeHours, List<Month> byMonth) {

	/** Posted invoices and their mean lead time in a month (null without postings). */
	record Month(String month, long posted, BigDecimal averageLeadTimeHours) {
	}
}
