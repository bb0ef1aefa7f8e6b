package de.kmuflow.adoption.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Months as the ledger keys them ({@code 2026-03}), and the months of a range for charts without gaps. */
final class Months {

	private Months() {
	}

	static String of(LocalDate day) {
		return YearMonth.from(day).toString();
	}

	static List<String> between(LocalDate from, LocalDate to) {
		List<String> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			months.add(month.toString());
		}
		return months;
	}
}
