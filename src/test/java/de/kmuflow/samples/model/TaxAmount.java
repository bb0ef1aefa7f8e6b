package de.kmuflow.samples.model;

import java.math.BigDecimal;

/** Net amount, tax and gross for one tax rate (rate in percent). */
public record TaxAmount(BigDecimal rate, BigDecimal net, BigDecimal tax) {

	public BigDecimal gross() {
		return net.add(tax);
	}
}
