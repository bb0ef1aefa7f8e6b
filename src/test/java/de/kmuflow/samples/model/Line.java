package de.kmuflow.samples.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One invoice position. {@code unitPrice} is what the document prints: net, or gross on a
 * receipt whose prices include tax. A credit note has negative quantities.
 */
public record Line(String articleNo, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
		BigDecimal taxRate) {

	public BigDecimal amount() {
		return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
	}

	public Line negated() {
		return new Line(articleNo, description, quantity.negate(), unit, unitPrice, taxRate);
	}
}
