package de.kmuflow.samples.model;

import java.math.BigDecimal;

/** An amount taken off the gross total before payment: a down payment, or what was paid on the spot. */
public record Deduction(String label, BigDecimal amount) {
}
