package de.kmuflow.extraction.internal.fields;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.kmuflow.extraction.TaxLine;

/**
 * Chooses net, tax and gross total together. Every combination of the candidates is scored by the
 * candidates' own scores plus the invoice's arithmetic: net + tax = gross within a cent, tax =
 * net x rate for a printed or usual rate (19 %, 7 %), the tax rows adding up to the tax total,
 * the line items adding up to the net total. A field's confidence is high when the arithmetic
 * holds and the best combination leads the next one with a different value for that field.
 * A total that is missing is computed only when the arithmetic of the others pins it down.
 */
final class TotalsSolver {

	private static final BigDecimal CENT = new BigDecimal("0.011");
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final List<BigDecimal> USUAL_RATES = List.of(BigDecimal.valueOf(19), BigDecimal.valueOf(7));
	private static final int OPTIONS_PER_ROLE = 6;
	/** The same amount under two labels supports itself only a little: round amounts repeat by chance. */
	private static final double REPEAT_WEIGHT = 0.3;

	enum Role {
		NET, TAX, GROSS, PAYABLE,
		/** Labeled only "Summe" or "Total", or not labeled at all: net or gross. */
		ANY
	}

	record AmountCandidate(Role role, BigDecimal value, double score) {
	}

	/** One row of a tax summary: rate in percent, the net it applies to (may be null) and the tax. */
	record TaxRow(BigDecimal rate, BigDecimal net, BigDecimal tax, double score) {
	}

	record Evidence(List<AmountCandidate> amounts, List<TaxRow> rows, Set<BigDecimal> rateHints,
			Set<BigDecimal> printed, BigDecimal lineItemSum, boolean taxExempt, BigDecimal prepaid) {
	}

	record Totals(Optional<Chosen<BigDecimal>> net, Optional<Chosen<BigDecimal>> tax,
			Optional<Chosen<BigDecimal>> gross, Optional<Chosen<BigDecimal>> payable, List<TaxLine> breakdown,
			double breakdownConfidence) {

		static Totals none() {
			return new Totals(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), 0);
		}
	}

	/** One way to read the totals, with what the arithmetic said about it. */
	private record Combination(Ranking.Ranked<BigDecimal> net, Ranking.Ranked<BigDecimal> tax,
			Ranking.Ranked<BigDecimal> gross, double score, int agreement) {

		BigDecimal netValue() {
			return net == null ? null : net.value();
		}

		BigDecimal taxValue() {
			return tax == null ? null : tax.value();
		}

		BigDecimal grossValue() {
			return gross == null ? null : gross.value();
		}
	}

	Totals solve(Evidence given) {
		Evidence evidence = new Evidence(given.amounts(), distinctRows(given.rows()), given.rateHints(), given.printed(),
				given.lineItemSum(), given.taxExempt(), given.prepaid());
		// an amount labeled only "Total" is more often the gross than the net
		List<Ranking.Ranked<BigDecimal>> nets = options(evidence, Role.NET, 0.75);
		List<Ranking.Ranked<BigDecimal>> grosses = options(evidence, Role.GROSS, 0.8);
		List<Ranking.Ranked<BigDecimal>> taxes = taxOptions(evidence);
		List<Combination> combinations = new ArrayList<>();
		for (Ranking.Ranked<BigDecimal> net : withNone(nets)) {
			for (Ranking.Ranked<BigDecimal> tax : withNone(taxes)) {
				for (Ranking.Ranked<BigDecimal> gross : withNone(grosses)) {
					if (net != null || tax != null || gross != null) {
						combinations.add(score(net, tax, gross, evidence));
					}
				}
			}
		}
		if (combinations.isEmpty()) {
			return Totals.none();
		}
		combinations.sort(Comparator.comparingDouble(Combination::score).reversed());
		Combination best = combinations.get(0);
		if (best.score() < 0.08) {
			return Totals.none();
		}
		Optional<Chosen<BigDecimal>> net = chosen(best, combinations, Combination::netValue, best.net());
		Optional<Chosen<BigDecimal>> tax = chosen(best, combinations, Combination::taxValue, best.tax());
		Optional<Chosen<BigDecimal>> gross = chosen(best, combinations, Combination::grossValue, best.gross());
		// a missing total is taken only when the others pin it down and it is printed somewhere:
		// what an invoice does not show stays empty, however easily it could be computed
		if (tax.isEmpty() && net.isPresent() && gross.isPresent()) {
			tax = printedDifference(gross.get(), net.get(), evidence);
		}
		if (tax.isEmpty() && net.isPresent() && gross.isPresent()) {
			tax = misreadDifference(gross.get(), net.get(), evidence);
		}
		if (net.isEmpty() && tax.isPresent() && gross.isPresent()) {
			net = printedDifference(gross.get(), tax.get(), evidence);
		}
		if (net.isEmpty() && tax.isPresent() && gross.isPresent()) {
			net = sumOfPrintedBases(evidence, tax.get(), gross.get());
		}
		if (gross.isEmpty() && net.isPresent() && tax.isPresent()) {
			BigDecimal sum = net.get().value().add(tax.get().value());
			if (printed(sum, evidence)) {
				gross = Optional.of(new Chosen<>(sum, Math.min(net.get().confidence(), tax.get().confidence()) * 0.9));
			}
		}
		Optional<Chosen<BigDecimal>> payable = payable(evidence, gross);
		List<TaxLine> breakdown = new ArrayList<>();
		double breakdownConfidence = breakdown(evidence, net, tax, breakdown);
		return new Totals(net, tax, gross, payable, breakdown, breakdownConfidence);
	}

	/**
	 * The net total of an invoice that prints only a base per tax row ("Positionen netto",
	 * "Versandkosten netto"): their sum, when every row shows its base and the sum with the tax
	 * gives the gross.
	 */
	private static Optional<Chosen<BigDecimal>> sumOfPrintedBases(Evidence evidence, Chosen<BigDecimal> tax,
			Chosen<BigDecimal> gross) {
		List<TaxRow> rows = evidence.rows();
		if (rows.size() < 2 || rows.stream().anyMatch(row -> row.net() == null)) {
			return Optional.empty();
		}
		BigDecimal sum = rows.stream().map(TaxRow::net).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (!near(sum.add(tax.value()), gross.value(), CENT)) {
			return Optional.empty();
		}
		return Optional.of(new Chosen<>(sum, Math.min(tax.confidence(), gross.confidence()) * 0.85));
	}

	private static Optional<Chosen<BigDecimal>> printedDifference(Chosen<BigDecimal> whole, Chosen<BigDecimal> part,
			Evidence evidence) {
		BigDecimal difference = whole.value().subtract(part.value());
		if (!printed(difference, evidence)) {
			return Optional.empty();
		}
		return Optional.of(new Chosen<>(difference, Math.min(whole.confidence(), part.confidence()) * 0.9));
	}

	/**
	 * The tax as gross minus net where OCR misread one digit of the printed tax ("71,91" for
	 * "71,51"): taken only when the difference is net times a printed or usual rate.
	 */
	private static Optional<Chosen<BigDecimal>> misreadDifference(Chosen<BigDecimal> gross, Chosen<BigDecimal> net,
			Evidence evidence) {
		BigDecimal difference = gross.value().subtract(net.value());
		if (difference.signum() == 0 || rateOf(net.value(), difference, evidence).isEmpty()
				|| evidence.printed().stream().noneMatch(p -> oneDigitApart(p, difference))) {
			return Optional.empty();
		}
		return Optional.of(new Chosen<>(difference, Math.min(gross.confidence(), net.confidence()) * 0.8));
	}

	/** Two amounts printed with the same digits but one. */
	static boolean oneDigitApart(BigDecimal a, BigDecimal b) {
		String first = a.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
		String second = b.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
		if (first.length() != second.length()) {
			return false;
		}
		int differing = 0;
		for (int i = 0; i < first.length(); i++) {
			differing += first.charAt(i) == second.charAt(i) ? 0 : 1;
		}
		return differing == 1;
	}

	private static List<Ranking.Ranked<BigDecimal>> options(Evidence evidence, Role role, double anyWeight) {
		List<Candidate<BigDecimal>> candidates = new ArrayList<>();
		for (AmountCandidate amount : evidence.amounts()) {
			if (amount.role() == role) {
				candidates.add(new Candidate<>(amount.value(), amount.score()));
			}
			else if (amount.role() == Role.ANY) {
				candidates.add(new Candidate<>(amount.value(), amount.score() * anyWeight));
			}
			else if (role == Role.GROSS && amount.role() == Role.PAYABLE) {
				candidates.add(new Candidate<>(amount.value(), amount.score() * 0.6));
			}
		}
		return top(Ranking.of(candidates, TotalsSolver::key, REPEAT_WEIGHT));
	}

	private static List<Ranking.Ranked<BigDecimal>> taxOptions(Evidence evidence) {
		List<Candidate<BigDecimal>> candidates = new ArrayList<>();
		for (AmountCandidate amount : evidence.amounts()) {
			if (amount.role() == Role.TAX) {
				candidates.add(new Candidate<>(amount.value(), amount.score()));
			}
		}
		if (!evidence.rows().isEmpty()) {
			BigDecimal sum = evidence.rows().stream().map(TaxRow::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
			double score = evidence.rows().stream().mapToDouble(TaxRow::score).min().orElse(0);
			candidates.add(new Candidate<>(sum, score));
		}
		return top(Ranking.of(candidates, TotalsSolver::key, REPEAT_WEIGHT));
	}

	private static List<Ranking.Ranked<BigDecimal>> top(Ranking<BigDecimal> ranking) {
		return ranking.ranked().stream().limit(OPTIONS_PER_ROLE).toList();
	}

	private static List<Ranking.Ranked<BigDecimal>> withNone(List<Ranking.Ranked<BigDecimal>> options) {
		List<Ranking.Ranked<BigDecimal>> all = new ArrayList<>(options);
		all.add(null);
		return all;
	}

	private static Combination score(Ranking.Ranked<BigDecimal> netOption, Ranking.Ranked<BigDecimal> taxOption,
			Ranking.Ranked<BigDecimal> grossOption, Evidence evidence) {
		BigDecimal net = netOption == null ? null : netOption.value();
		BigDecimal tax = taxOption == null ? null : taxOption.value();
		BigDecimal gross = grossOption == null ? null : grossOption.value();
		double score = (netOption == null ? 0 : netOption.score()) + (taxOption == null ? 0 : taxOption.score())
				+ (grossOption == null ? 0 : grossOption.score());
		int agreement = 0;
		boolean zeroTax = tax != null && tax.signum() == 0;
		if (zeroTax && !zeroTaxPlausible(evidence)) {
			// "0,00" beside a tax label adds up with any net = gross: without a word of exemption it proves nothing
			score -= 0.5;
		}
		else if (net != null && tax != null && gross != null) {
			if (near(net.add(tax), gross, CENT)) {
				// with no tax the sum only says net = gross, which one printed number satisfies alone
				score += zeroTax ? 0.4 : 1.5;
				agreement = zeroTax ? 2 : 3;
			}
			else {
				score -= 1.0;
			}
		}
		else if (net != null && gross != null) {
			BigDecimal difference = gross.subtract(net);
			if (difference.signum() != 0 && rateOf(net, difference, evidence).isPresent()) {
				score += 0.7;
				agreement = 2;
			}
			else if (difference.signum() == 0 && zeroTaxPlausible(evidence)) {
				score += 0.5;
				agreement = 2;
			}
			else {
				score -= difference.abs().compareTo(net.abs()) > 0 || difference.signum() * net.signum() < 0 ? 0.8 : 0.3;
			}
		}
		else if (net != null && tax != null) {
			if (rateOf(net, tax, evidence).isPresent()) {
				score += 0.5;
				agreement = 2;
			}
		}
		else if (tax != null && gross != null) {
			if (rateOf(gross.subtract(tax), tax, evidence).isPresent()) {
				score += 0.5;
				agreement = 2;
			}
		}
		score += payableBonus(gross, evidence);
		score += magnitude(net, gross, evidence);
		score += rowBonus(net, tax, evidence);
		score += lineItemBonus(net, gross, evidence);
		score -= implausibility(net, tax, gross, evidence);
		return new Combination(netOption, taxOption, grossOption, score, agreement);
	}

	/**
	 * The totals are the largest amounts of an invoice, the gross above all: a small amount that
	 * happens to add up with two others (0,85 + 0,15 = 1,00 in a line item) is less likely.
	 */
	private static double magnitude(BigDecimal net, BigDecimal gross, Evidence evidence) {
		BigDecimal largest = evidence.printed().stream().map(BigDecimal::abs).max(BigDecimal::compareTo).orElse(null);
		if (largest == null || largest.signum() == 0) {
			return 0;
		}
		double bonus = 0;
		if (gross != null) {
			bonus += 0.4 * gross.abs().doubleValue() / largest.doubleValue();
		}
		if (net != null) {
			bonus += 0.2 * net.abs().doubleValue() / largest.doubleValue();
		}
		return bonus;
	}

	/** Without a prepayment, what is to be paid is the gross total. */
	private static double payableBonus(BigDecimal gross, Evidence evidence) {
		if (gross == null || evidence.prepaid() != null && evidence.prepaid().signum() != 0) {
			return 0;
		}
		boolean payable = evidence.amounts()
			.stream()
			.anyMatch(a -> a.role() == Role.PAYABLE && a.score() >= 0.3 && near(a.value(), gross, CENT));
		return payable ? 0.4 : 0;
	}

	private static double rowBonus(BigDecimal net, BigDecimal tax, Evidence evidence) {
		if (evidence.rows().isEmpty()) {
			return 0;
		}
		double bonus = 0;
		BigDecimal rowTax = evidence.rows().stream().map(TaxRow::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (tax != null && near(rowTax, tax, CENT)) {
			bonus += 0.3;
		}
		boolean allNets = evidence.rows().stream().allMatch(r -> r.net() != null);
		if (net != null && allNets) {
			BigDecimal rowNet = evidence.rows().stream().map(TaxRow::net).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (near(rowNet, net, CENT)) {
				bonus += 0.3;
			}
		}
		return bonus;
	}

	private static double lineItemBonus(BigDecimal net, BigDecimal gross, Evidence evidence) {
		BigDecimal sum = evidence.lineItemSum();
		if (sum == null) {
			return 0;
		}
		if (net != null && near(net, sum, CENT)) {
			return 0.4;
		}
		return gross != null && near(gross, sum, CENT) ? 0.2 : 0;
	}

	/**
	 * The same number cannot be two totals (except net = gross without tax, and then it is printed
	 * twice); tax is the smallest.
	 */
	private static double implausibility(BigDecimal net, BigDecimal tax, BigDecimal gross, Evidence evidence) {
		double penalty = 0;
		boolean taxless = tax == null || tax.signum() == 0;
		if (net != null && gross != null && net.compareTo(gross) == 0) {
			long printed = evidence.amounts().stream().filter(a -> a.value().compareTo(net) == 0).count();
			penalty += !taxless ? 1.5 : printed < 2 ? 0.6 : 0;
		}
		if (tax != null && tax.signum() != 0
				&& (net != null && tax.compareTo(net) == 0 || gross != null && tax.compareTo(gross) == 0)) {
			penalty += 1.5;
		}
		if (tax != null && net != null && tax.abs().compareTo(net.abs()) > 0) {
			penalty += 0.8;
		}
		if (tax != null && gross != null && tax.abs().compareTo(gross.abs()) > 0) {
			penalty += 0.8;
		}
		if (net != null && gross != null && net.abs().compareTo(gross.abs()) > 0) {
			penalty += 0.5;
		}
		return penalty;
	}

	/** The rate that turns net into tax: a printed one, a usual one, or 0 % for a tax-free invoice. */
	static Optional<BigDecimal> rateOf(BigDecimal net, BigDecimal tax, Evidence evidence) {
		if (net == null || tax == null || net.signum() == 0) {
			return Optional.empty();
		}
		Set<BigDecimal> rates = new LinkedHashSet<>(evidence.rateHints());
		rates.addAll(USUAL_RATES);
		for (BigDecimal rate : rates) {
			BigDecimal expected = net.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
			if (near(expected, tax, tolerance(net))) {
				return Optional.of(rate);
			}
		}
		return Optional.empty();
	}

	/** Tax computed per line and summed can differ from tax on the sum by a few cents. */
	private static BigDecimal tolerance(BigDecimal net) {
		return net.abs().compareTo(BigDecimal.valueOf(1000)) > 0 ? new BigDecimal("0.05") : CENT;
	}

	private static boolean hasZeroRate(Evidence evidence) {
		return evidence.rateHints().stream().anyMatch(r -> r.signum() == 0);
	}

	/** No tax at all fits an invoice that says it is exempt, or prints no rate but 0 %. */
	private static boolean zeroTaxPlausible(Evidence evidence) {
		boolean otherRates = evidence.rateHints().stream().anyMatch(r -> r.signum() != 0);
		return !otherRates && (evidence.taxExempt() || hasZeroRate(evidence));
	}

	private static boolean printed(BigDecimal value, Evidence evidence) {
		return evidence.printed().stream().anyMatch(p -> p.abs().compareTo(value.abs()) == 0);
	}

	private static Optional<Chosen<BigDecimal>> chosen(Combination best, List<Combination> all,
			java.util.function.Function<Combination, BigDecimal> field, Ranking.Ranked<BigDecimal> option) {
		BigDecimal value = field.apply(best);
		if (value == null) {
			return Optional.empty();
		}
		// the margin to the best reading that disagrees on this field
		double rival = all.stream()
			.filter(c -> field.apply(c) != null && field.apply(c).compareTo(value) != 0)
			.mapToDouble(Combination::score)
			.max()
			.orElse(0);
		double margin = best.score() - Math.max(0, rival);
		double own = option.score();
		double confidence = switch (best.agreement()) {
			case 3 -> 0.9 + 0.09 * own;
			case 2 -> 0.75 + 0.15 * own;
			default -> 0.8 * own;
		};
		confidence *= Math.min(1, 0.6 + margin / 0.75);
		return Optional.of(new Chosen<>(value, confidence));
	}

	private static Optional<Chosen<BigDecimal>> payable(Evidence evidence, Optional<Chosen<BigDecimal>> gross) {
		Ranking<BigDecimal> payables = Ranking.of(evidence.amounts()
			.stream()
			.filter(a -> a.role() == Role.PAYABLE)
			.map(a -> new Candidate<>(a.value(), a.score()))
			.toList(), TotalsSolver::key);
		Optional<Chosen<BigDecimal>> labeled = payables.choose(0.3);
		if (labeled.isPresent()) {
			boolean equalsGross = gross.isPresent() && near(gross.get().value(), labeled.get().value(), CENT);
			boolean explained = gross.isPresent() && evidence.prepaid() != null
					&& near(gross.get().value().subtract(evidence.prepaid().abs()), labeled.get().value(), CENT);
			// an amount to pay that neither equals the gross nor follows from a prepayment must be clearly labeled
			boolean strong = payables.bestScore() >= 0.6;
			if (equalsGross || explained || strong || gross.isEmpty()) {
				double confidence = equalsGross ? Math.max(labeled.get().confidence(), gross.get().confidence())
						: explained ? 0.9 : labeled.get().confidence() * 0.8;
				return Optional.of(labeled.get().withConfidence(confidence));
			}
		}
		if (gross.isEmpty()) {
			return Optional.empty();
		}
		if (evidence.prepaid() != null && evidence.prepaid().signum() != 0) {
			BigDecimal rest = gross.get().value().subtract(evidence.prepaid().abs());
			return printed(rest, evidence) ? Optional.of(new Chosen<>(rest, gross.get().confidence() * 0.8))
					: Optional.empty();
		}
		// nothing paid in advance: the gross total is what is due
		return Optional.of(gross.get().withConfidence(gross.get().confidence() * 0.95));
	}

	private static double breakdown(Evidence evidence, Optional<Chosen<BigDecimal>> net, Optional<Chosen<BigDecimal>> tax,
			List<TaxLine> into) {
		List<TaxRow> rows = evidence.rows();
		BigDecimal netValue = net.map(Chosen::value).orElse(null);
		BigDecimal taxValue = tax.map(Chosen::value).orElse(null);
		if (!rows.isEmpty()) {
			BigDecimal rowTax = rows.stream().map(TaxRow::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (taxValue == null || near(rowTax, taxValue, CENT)) {
				for (TaxRow row : rows) {
					BigDecimal rowNet = row.net() == null && rows.size() == 1 ? netValue : row.net();
					into.add(new TaxLine(row.rate(), rowNet, row.tax()));
				}
				return taxValue == null ? 0.6 : 0.9;
			}
		}
		if (netValue != null && taxValue != null) {
			Optional<BigDecimal> rate = taxValue.signum() == 0 && zeroTaxPlausible(evidence)
					? Optional.of(BigDecimal.ZERO)
					: rateOf(netValue, taxValue, evidence);
			if (rate.isPresent()) {
				into.add(new TaxLine(rate.get(), netValue, taxValue));
				return 0.85;
			}
		}
		if (evidence.rateHints().size() == 1 && taxValue == null) {
			// a small-amount invoice may show only its rate ("enth. 7 % MwSt")
			into.add(new TaxLine(evidence.rateHints().iterator().next(), netValue, null));
			return 0.6;
		}
		return 0;
	}

	/** The same row printed twice (in a summary and beside the totals) counts once. */
	private static List<TaxRow> distinctRows(List<TaxRow> rows) {
		List<TaxRow> distinct = new ArrayList<>();
		for (TaxRow row : rows) {
			boolean seen = distinct.stream()
				.anyMatch(d -> d.rate().compareTo(row.rate()) == 0 && d.tax().compareTo(row.tax()) == 0);
			if (!seen) {
				distinct.add(row);
			}
			else if (row.net() != null) {
				distinct.replaceAll(d -> d.rate().compareTo(row.rate()) == 0 && d.tax().compareTo(row.tax()) == 0
						&& d.net() == null ? row : d);
			}
		}
		return distinct;
	}

	private static boolean near(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
		return a.subtract(b).abs().compareTo(tolerance) <= 0;
	}

	private static Object key(BigDecimal value) {
		return value.stripTrailingZeros();
	}
}
