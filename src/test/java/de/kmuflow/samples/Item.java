package de.kmuflow.samples;

import java.math.BigDecimal;

import de.kmuflow.samples.model.Line;

/** An article or service a fictional supplier sells. */
record Item(String articleNo, String description, String unit, BigDecimal price, BigDecimal taxRate) {

	static final BigDecimal FULL = new BigDecimal("19");
	static final BigDecimal REDUCED = new BigDecimal("7");
	static final BigDecimal NONE = BigDecimal.ZERO;

	static Item of(String articleNo, String description, String unit, String price, BigDecimal taxRate) {
		return new Item(articleNo, description, unit, new BigDecimal(price), taxRate);
	}

	Line times(String quantity) {
		return new Line(articleNo, description, new BigDecimal(quantity), unit, price, taxRate);
	}

	Line times(int quantity) {
		return times(String.valueOf(quantity));
	}
}
