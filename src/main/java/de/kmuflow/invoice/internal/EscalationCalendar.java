package de.kmuflow.invoice.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * When an open approval goes to management: a set number of working days before the cash-discount
 * deadline (the discount is worth far more than the wait), otherwise after the usual approval days.
 */
final class EscalationCalendar {

	private static final LocalTime START_OF_WORKING_DAY = LocalTime.of(8, 0);

	private EscalationCalendar() {
	}

	static Date escalationDate(LocalDate discountDeadline, int workingDaysBefore, int approvalDays, Clock clock) {
		ZonedDateTime now = ZonedDateTime.now(clock);
		if (discountDeadline != null) {
			LocalDate day = discountDeadline;
			int remaining = workingDaysBefore;
			while (remaining > 0) {
				day = day.minusDays(1);
				if (isWorkingDay(day)) {
					remaining--;
				}
			}
			ZonedDateTime escalation = day.atTime(START_OF_WORKING_DAY).atZone(clock.getZone());
			if (escalation.isAfter(now)) {
				return Date.from(escalation.toInstant());
			}
			// the deadline is (almost) here: management decides at once
			return Date.from(now.plusMinutes(1).toInstant());
		}
		return Date.from(now.plusDays(approvalDays).toInstant());
	}

	private static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}
}
