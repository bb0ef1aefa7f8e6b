package de.kmuflow.extraction.internal.fields;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import de.kmuflow.extraction.internal.fields.TotalsSolver.AmountCandidate;
import de.kmuflow.extraction.internal.fields.TotalsSolver.Evidence;
import de.kmuflow.extraction.internal.fields.TotalsSolver.Role;
import de.kmuflow.extraction.internal.fields.TotalsSolver.TaxRow;
import de.kmuflow.extraction.internal.fields.TotalsSolver.Totals;

/**
 * Gathers what the totals can be: amounts next to total labels, tax rows ("MwSt 19 % auf
 * 1.000,00 = 190,00"), the rates printed beside tax labels, notes on tax exemption, and every
 * amount printed (a computed total must be one of them). The line items' rows are left out, so a
 * "Gesamt" column never passes for the gross total. {@link TotalsSolver} makes the choice.
 */
final class TotalsReader {

	private static final Pattern TAX_EXEMPT = Pattern.compile(
			"steuerfrei|steuerbefreit|reverse charge|13b|steuerschuldnerschaft des leistungsempfaengers|"
					+ "innergemeinschaftliche lieferung|19 ustg|kleinunternehmer|tax exempt|vat exempt|exempt from vat|"
					+ "autoliquidation|btw verlegd|ohne umsatzsteuer|nicht steuerbar|umsatzsteuerfrei");

	private static final BigDecimal HIGHEST_RATE = BigDecimal.valueOf(30);

	private final InvoiceText text;
	private final ValueLocator locator;
	private final Set<Line> tableLines;
	private final BigDecimal lineItemSum;

	TotalsReader(InvoiceText text, Set<Line> tableLines, BigDecimal lineItemSum) {
		this.text = text;
		this.locator = new ValueLocator(text);
		this.tableLines = tableLines;
		this.lineItemSum = lineItemSum;
	}

	Totals read() {
		return new TotalsSolver().solve(evidence());
	}

	Evidence evidence() {
		List<AmountCandidate> amounts = new ArrayList<>();
		List<TaxRow> rows = new ArrayList<>();
		Set<BigDecimal> rateHints = new HashSet<>();
		Set<BigDecimal> printed = new HashSet<>();
		Set<Found<Amount>> claimed = new HashSet<>();
		BigDecimal prepaid = null;
		double prepaidScore = 0;
		for (Line line : text.lines()) {
			totalMoney(line).forEach(a -> printed.add(a.value().value()));
			if (tableLines.contains(line)) {
				continue;
			}
			List<TaxRow> lineRows = taxRows(line);
			rows.addAll(lineRows);
			for (LabelHit label : text.labels(line)) {
				if (text.qualifiesTotalBefore(label)) {
					rateHints.addAll(rates(line));
					continue;
				}
				List<Located<Amount>> located = locator.locate(label, label.kind().isTotal() ? this::totalMoney : this::money);
				located.forEach(l -> claimed.add(l.found()));
				if (label.kind() == LabelKind.TAX_TOTAL) {
					rateHints.addAll(rates(line));
				}
				if (!label.kind().isTotal()) {
					continue;
				}
				BigDecimal columnSum = columnSum(located);
				for (Located<Amount> value : located) {
					double score = value.score() * position(value.found().line());
					if (columnSum != null) {
						// a column of per-rate rows closed by their sum: the sum is the total, the rows are parts
						score *= value.value().value().compareTo(columnSum) == 0 ? 1.5 : 0.5;
					}
					BigDecimal amount = value.value().value();
					if (label.kind() == LabelKind.TAX_TOTAL && isTaxBase(value.found())) {
						// "USt 19 % auf 323,40": the amount the tax is on, not the tax
						amounts.add(new AmountCandidate(Role.NET, amount, score * 0.5));
						continue;
					}
					switch (label.kind()) {
						case NET_TOTAL -> amounts.add(new AmountCandidate(Role.NET, amount, score));
						case TAX_TOTAL -> amounts.add(new AmountCandidate(Role.TAX, amount, lineRows.isEmpty() ? score
								: isRowTax(lineRows, amount) ? score : score * 0.4));
						case GROSS_TOTAL -> amounts.add(new AmountCandidate(Role.GROSS, amount, score));
						case TOTAL -> amounts.add(new AmountCandidate(Role.ANY, amount, score));
						case PAYABLE -> amounts.add(new AmountCandidate(Role.PAYABLE, amount, score));
						case PREPAID -> {
							if (score > prepaidScore) {
								prepaid = amount;
								prepaidScore = score;
							}
						}
						default -> {
						}
					}
				}
			}
			for (TaxRow row : lineRows) {
				if (row.net() != null) {
					amounts.add(new AmountCandidate(Role.NET, row.net(), row.score() * 0.5));
				}
			}
		}
		addUnlabeled(amounts, claimed);
		return new Evidence(amounts, rows, rateHints, printed, lineItemSum, isTaxExempt(), prepaid);
	}

	private List<Found<Amount>> money(Line line) {
		if (tableLines.contains(line)) {
			return List.of();
		}
		return text.amounts(line).stream().filter(a -> a.value().looksLikeMoney()).toList();
	}

	/** The amount under a label that is the sum of the others under it (at least two), or null. */
	private static BigDecimal columnSum(List<Located<Amount>> located) {
		List<BigDecimal> below = located.stream().filter(Located::below).map(l -> l.value().value()).toList();
		if (below.size() < 3) {
			return null;
		}
		BigDecimal all = below.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		for (BigDecimal candidate : below) {
			if (candidate.signum() != 0 && all.subtract(candidate).compareTo(candidate) == 0) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * Money, and beside a total label also an amount with fewer decimals alone in its cell and line
	 * ("Steuerbetrag in EUR | 21,3", "| 70"): some producers print a value as the e-invoice's XML holds it.
	 */
	private List<Found<Amount>> totalMoney(Line line) {
		if (tableLines.contains(line)) {
			return List.of();
		}
		List<Found<Amount>> amounts = text.amounts(line);
		boolean alone = amounts.size() == 1 && hasTotalLabel(line);
		return amounts.stream()
			.filter(a -> a.value().looksLikeMoney() || alone && a.value().decimals() < 2 && fillsCell(a))
			.toList();
	}

	private static boolean fillsCell(Found<Amount> amount) {
		Line line = amount.line();
		boolean starts = amount.firstWord() == 0 || line.cellOf(amount.firstWord() - 1) != line.cellOf(amount.firstWord());
		boolean ends = amount.lastWord() == line.size() - 1 || line.cellOf(amount.lastWord() + 1) != line.cellOf(amount.lastWord());
		return starts && ends;
	}

	private boolean hasTotalLabel(Line line) {
		return text.labels(line).stream().anyMatch(h -> h.kind().isTotal());
	}

	/** Totals stand low on the last page, after the line items; an info block at the top may repeat one. */
	private double position(Line line) {
		double factor = line.page() == text.lastPage() ? 1.0 : 0.85;
		if (line.page() == 1 && line.relativeY() < 0.35 && text.lastPage() == 1) {
			factor = 0.7;
		}
		if (text.hasLabel(line, LabelKind.CASH_DISCOUNT)) {
			factor *= 0.3;
		}
		return factor;
	}

	private static boolean isTaxBase(Found<Amount> amount) {
		if (amount.firstWord() == 0) {
			return false;
		}
		String before = TextFolding.fold(amount.line().word(amount.firstWord() - 1).text());
		return before.equals("auf") || before.equals("on") || before.equals("of") || before.equals("ueber")
				|| before.equals("von") || before.equals("sur") || before.equals("over");
	}

	private List<BigDecimal> rates(Line line) {
		return text.percents(line).stream().map(Found::value).filter(r -> r.compareTo(HIGHEST_RATE) <= 0).toList();
	}

	private static boolean isRowTax(List<TaxRow> rows, BigDecimal amount) {
		return rows.stream().anyMatch(r -> r.tax().compareTo(amount) == 0);
	}

	/**
	 * A tax row is a rate with a net and its tax on one line ("19 % 1.000,00 190,00"), or a rate
	 * with a single amount beside a tax label ("zzgl. 19 % MwSt 190,00").
	 */
	List<TaxRow> taxRows(Line line) {
		List<BigDecimal> rates = rates(line);
		if (rates.size() != 1 || text.hasLabel(line, LabelKind.CASH_DISCOUNT)) {
			return List.of();
		}
		BigDecimal rate = rates.get(0);
		List<BigDecimal> values = money(line).stream().map(f -> f.value().value()).toList();
		boolean taxLabel = text.hasLabel(line, LabelKind.TAX_TOTAL);
		for (int i = 0; i < values.size(); i++) {
			for (int j = 0; j < values.size(); j++) {
				BigDecimal base = values.get(i);
				BigDecimal tax = values.get(j);
				if (i != j && base.signum() != 0 && fits(base, rate, tax)) {
					return List.of(new TaxRow(rate, base, tax, taxLabel ? 0.85 : 0.6));
				}
			}
		}
		boolean otherTotal = text.hasLabel(line, LabelKind.NET_TOTAL) || text.hasLabel(line, LabelKind.GROSS_TOTAL);
		boolean base = money(line).stream().anyMatch(TotalsReader::isTaxBase);
		if (taxLabel && !otherTotal && !base && values.size() == 1) {
			return List.of(new TaxRow(rate, null, values.get(0), 0.6));
		}
		return List.of();
	}

	private static boolean fits(BigDecimal base, BigDecimal rate, BigDecimal tax) {
		BigDecimal expected = base.multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		BigDecimal tolerance = base.abs().compareTo(BigDecimal.valueOf(1000)) > 0 ? new BigDecimal("0.05")
				: new BigDecimal("0.011");
		return expected.subtract(tax).abs().compareTo(tolerance) <= 0 && (rate.signum() == 0 || tax.signum() != 0);
	}

	/** Amounts no label claims, on the right of the last page: weak candidates, the largest likelier the gross. */
	private void addUnlabeled(List<AmountCandidate> amounts, Set<Found<Amount>> claimed) {
		List<Found<Amount>> unlabeled = new ArrayList<>();
		for (Line line : text.page(text.lastPage())) {
			boolean labeled = text.labels(line).stream().anyMatch(h -> h.kind() != LabelKind.OTHER);
			if (tableLines.contains(line) || labeled) {
				continue;
			}
			for (Found<Amount> amount : money(line)) {
				if (!claimed.contains(amount) && amount.x() > line.pageWidth() / 2 && amount.value().value().signum() != 0) {
					unlabeled.add(amount);
				}
			}
		}
		BigDecimal largest = unlabeled.stream().map(a -> a.value().value().abs()).max(BigDecimal::compareTo).orElse(null);
		for (Found<Amount> amount : unlabeled) {
			double score = amount.value().value().abs().compareTo(largest) == 0 ? 0.15 : 0.1;
			amounts.add(new AmountCandidate(Role.ANY, amount.value().value(), score * amount.confidence()));
		}
	}

	private boolean isTaxExempt() {
		for (Line line : text.lines()) {
			if (TAX_EXEMPT.matcher(TextFolding.fold(line.text())).find()) {
				return true;
			}
		}
		return false;
	}
}
