package de.kmuflow.adoption.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How invoices went through their process in a period: how many needed no person at all, and how
 * long they took from receipt (process start) to posting (the posted end event).
 *
 * @param finished invoices whose processes completed in the period (posted or not), each once
 * @param withoutHumanTouch of those, the ones posted by a recorded automatic decision, no person involved
 * @param withoutHumanTouchPercent their share of the finished ones
 * @param posted invoices posted in the period
 * @param averageLeadTimeHours mean time from receipt to posting, null when none was posted
 * @param averageLeadTimeSeconds the same in seconds, for showing it in a unit that fits
 */
record InvoiceFigures(LocalDate from, LocalDate to, long finished, long withoutHumanTouch,
		BigDecimal withoutHumanTouchPercent, long posted, BigDecimal averageLeadTimeHours, Long averageLeadTimeSeconds,
		List<Month> byMonth) {

	/** Posted invoices and their mean lead time in a month (null without postings). */
	record Month(String month, long posted, BigDecimal averageLeadTimeHours, Long averageLeadTimeSeconds) {
	}
}
