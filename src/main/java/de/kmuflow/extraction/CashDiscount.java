package de.kmuflow.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Skonto: {@code percent} off when paid within {@code days} of the issue date, i.e. by {@code dueDate}. */
public record CashDiscount(BigDecimal percent, Integer days, LocalDate dueDate) {
}
