package de.kmuflow.samples.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Skonto as printed: the percentage and either a number of days, a date, or both. */
public record CashDiscountTerm(BigDecimal percent, Integer days, LocalDate until) {
}
