package de.kmuflow.invoice.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceLine;
import de.kmuflow.extraction.TaxLine;

/**
 * The invoice adds up: net + tax = gross, tax per rate = net x rate rounded half-up to cents, the
 * breakdown sums to the totals, and the lines to the net total. Every rounded amount may be a cent
 * off, so a comparison allows one cent per term summed. Signed amounts work as they are, so credit
 * notes with negative amounts need no special case. Absent values are skipped: missing amounts are
 * reported by {@link MandatoryContentsRule}.
 */
public final class ArithmeticRule implements InvoiceRule {

	public static final String TOTALS = "ARITHMETIC_TOTALS";
	public static final String TAX_PER_RATE = "ARITHMETIC_TAX_PER_RATE";
	public static final String BREAKDOWN_NET = "ARITHMETIC_BREAKDOWN_NET";
	public static final String BREAKDOWN_TAX = "ARITHMETIC_BREAKDOWN_TAX";
	public static final String LINES_NET = "ARITHMETIC_LINES_NET";

	private static final BigDecimal CENT = new BigDecimal("0.01");
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		List<Finding> findings = new ArrayList<>();
		String currency = invoice.currency();
		checkTotals(invoice, currency, findings);
		checkTaxPerRate(invoice, currency, findings);
		checkBreakdownSums(invoice, currency, findings);
		checkLineSum(invoice, currency, findings);
		return List.copyOf(findings);
	}

	private static void checkTotals(ExtractedInvoice invoice, String currency, List<Finding> findings) {
		BigDecimal net = invoice.netTotal();
		BigDecimal tax = invoice.taxTotal();
		BigDecimal gross = invoice.grossTotal();
		if (net == null || tax == null || gross == null) {
			return;
		}
		BigDecimal sum = net.add(tax);
		if (!withinTolerance(sum, gross, 2)) {
			findings.add(Finding.error(TOTALS, "grossTotal", "Netto " + GermanFormat.amount(net, currency) + " + Steuer "
					+ GermanFormat.amount(tax, currency) + " ergibt " + GermanFormat.amount(sum, currency)
					+ ", der Bruttobetrag der Rechnung ist aber " + GermanFormat.amount(gross, currency) + ".")
				.with(Finding.amount(net, currency), Finding.amount(tax, currency), Finding.amount(sum, currency),
						Finding.amount(gross, currency)));
		}
	}

	private static void checkTaxPerRate(ExtractedInvoice invoice, String currency, List<Finding> findings) {
		List<TaxLine> breakdown = invoice.taxBreakdown();
		for (TaxLine line : breakdown) {
			// with a single rate the totals are that rate's amounts when the breakdown leaves them out
			BigDecimal net = line.net() != null || breakdown.size() > 1 ? line.net() : invoice.netTotal();
			BigDecimal tax = line.tax() != null || breakdown.size() > 1 ? line.tax() : invoice.taxTotal();
			if (line.rate() == null || net == null || tax == null) {
				continue;
			}
			BigDecimal expected = taxFor(net, line.rate());
			if (!withinTolerance(tax, expected, 1)) {
				findings.add(Finding.error(TAX_PER_RATE, "taxBreakdown", "Die Steuer zum Satz "
						+ GermanFormat.rate(line.rate()) + " auf " + GermanFormat.amount(net, currency) + " netto beträgt "
						+ GermanFormat.amount(expected, currency) + ", auf der Rechnung stehen "
						+ GermanFormat.amount(tax, currency) + ".")
					.with(Finding.rate(line.rate()), Finding.amount(net, currency), Finding.amount(expected, currency),
							Finding.amount(tax, currency)));
			}
		}
	}

	/** net x rate / 100, rounded half-up to cents; half-up on the magnitude, so a credit note rounds alike. */
	static BigDecimal taxFor(BigDecimal net, BigDecimal rate) {
		return net.multiply(rate).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
	}

	private static void checkBreakdownSums(ExtractedInvoice invoice, String currency, List<Finding> findings) {
		List<TaxLine> breakdown = invoice.taxBreakdown();
		if (breakdown.isEmpty()) {
			return;
		}
		List<BigDecimal> nets = breakdown.stream().map(TaxLine::net).toList();
		if (invoice.netTotal() != null && nets.stream().allMatch(Objects::nonNull)) {
			BigDecimal sum = sum(nets);
			if (!withinTolerance(sum, invoice.netTotal(), nets.size())) {
				findings.add(Finding.error(BREAKDOWN_NET, "netTotal", "Die Nettobeträge je Steuersatz ergeben zusammen "
						+ GermanFormat.amount(sum, currency) + ", der Nettobetrag der Rechnung ist aber "
						+ GermanFormat.amount(invoice.netTotal(), currency) + ".")
					.with(Finding.amount(sum, currency), Finding.amount(invoice.netTotal(), currency)));
			}
		}
		List<BigDecimal> taxes = breakdown.stream().map(TaxLine::tax).toList();
		if (invoice.taxTotal() != null && taxes.stream().allMatch(Objects::nonNull)) {
			BigDecimal sum = sum(taxes);
			if (!withinTolerance(sum, invoice.taxTotal(), taxes.size())) {
				findings.add(Finding.error(BREAKDOWN_TAX, "taxTotal", "Die Steuerbeträge je Steuersatz ergeben zusammen "
						+ GermanFormat.amount(sum, currency) + ", der Steuerbetrag der Rechnung ist aber "
						+ GermanFormat.amount(invoice.taxTotal(), currency) + ".")
					.with(Finding.amount(sum, currency), Finding.amount(invoice.taxTotal(), currency)));
			}
		}
	}

	/** Only a warning: allowances and charges on the whole invoice legitimately sit between lines and total. */
	private static void checkLineSum(ExtractedInvoice invoice, String currency, List<Finding> findings) {
		List<InvoiceLine> lines = invoice.lines();
		BigDecimal netTotal = invoice.netTotal();
		if (lines.isEmpty() || netTotal == null || lines.stream().anyMatch(line -> line.net() == null)) {
			return;
		}
		BigDecimal sum = sum(lines.stream().map(InvoiceLine::net).toList());
		if (!withinTolerance(sum, netTotal, lines.size())) {
			findings.add(Finding.warning(LINES_NET, "lines", "Die Positionen ergeben zusammen "
					+ GermanFormat.amount(sum, currency) + " netto, der Nettobetrag der Rechnung ist "
					+ GermanFormat.amount(netTotal, currency) + " (Differenz "
					+ GermanFormat.amount(netTotal.subtract(sum), currency)
					+ "). Das ist nur richtig, wenn Zu- oder Abschläge auf die ganze Rechnung den Unterschied erklären.")
				.with(Finding.amount(sum, currency), Finding.amount(netTotal, currency),
						Finding.amount(netTotal.subtract(sum), currency)));
		}
	}

	private static BigDecimal sum(List<BigDecimal> values) {
		return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static boolean withinTolerance(BigDecimal actual, BigDecimal expected, int terms) {
		return actual.subtract(expected).abs().compareTo(CENT.multiply(BigDecimal.valueOf(terms))) <= 0;
	}
}
