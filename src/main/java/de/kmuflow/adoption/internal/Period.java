package de.kmuflow.adoption.internal;

import java.time.LocalDate;

/** The dates a figure covers, both included; by default the last twelve months up to today. */
record Period(LocalDate from, LocalDate to) {

	static Period orDefault(LocalDate from, LocalDate to, LocalDate today) {
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null ? end.withDayOfMonth(1).minusMonths(11) : from;
		return new Period(start, end);
	}
}
