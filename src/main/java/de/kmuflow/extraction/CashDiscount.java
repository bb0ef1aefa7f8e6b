package de.kmuflow.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Skonto: {@code percent} off when paid within {@code days} of the issue date, i.e. by {@code dueDate}. */
public record CashDiscount(BigDecimal percent, Integer days, LocalDate dueDate) {

	/** The last day of the discount: as printed, else {@code days} after the issue date; null when neither is known. */
	public LocalDate deadline(LocalDate issueDate) {
		if (dueDate != null) {
			return dueDate;
		}
		return days == null || issueDate == null ? null : issueDate.plusDays(days);
	}
}
