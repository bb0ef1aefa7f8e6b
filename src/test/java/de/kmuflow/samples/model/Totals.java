package de.kmuflow.samples.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of an invoice, per tax rate first: tax is computed on each rate's net sum and rounded once,
 * as EN 16931 and most German invoicing software do. Gross-priced receipts are summed gross per
 * rate and the contained tax is taken out of that sum.
 */
public record Totals(List<TaxAmount> byRate, BigDecimal net, BigDecimal tax, BigDecimal gross) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static Totals of(List<Line> lines, boolean grossPrices) {
		Map<BigDecimal, BigDecimal> sums = new TreeMap<>((a, b) -> b.compareTo(a));
		for (Line line : lines) {
			sums.merge(line.taxRate().setScale(2), line.amount(), BigDecimal::add);
		}
		List<TaxAmount> byRate = new ArrayList<>();
		for (Map.Entry<BigDecimal, BigDecimal> sum : sums.entrySet()) {
			BigDecimal rate = sum.getKey();
			if (grossPrices) {
				BigDecimal tax = sum.getValue().multiply(rate).divide(HUNDRED.add(rate), 2, RoundingMode.HALF_UP);
				byRate.add(new TaxAmount(rate, sum.getValue().subtract(tax), tax));
			}
			else {
				BigDecimal tax = sum.getValue().multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
				byRate.add(new TaxAmount(rate, sum.getValue(), tax));
			}
		}
		BigDecimal net = byRate.stream().map(TaxAmount::net).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		BigDecimal tax = byRate.stream().map(TaxAmount::tax).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
		return new Totals(List.copyOf(byRate), net, tax, net.add(tax));
	}

	public boolean mixedRates() {
		return byRate.size() > 1;
	}
}
