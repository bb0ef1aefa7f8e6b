package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.kmuflow.extraction.TaxLine;
import de.kmuflow.extraction.internal.fields.TotalsSolver.AmountCandidate;
import de.kmuflow.extraction.internal.fields.TotalsSolver.Evidence;
import de.kmuflow.extraction.internal.fields.TotalsSolver.Role;
import de.kmuflow.extraction.internal.fields.TotalsSolver.TaxRow;
import de.kmuflow.extraction.internal.fields.TotalsSolver.Totals;

class TotalsSolverTest {

	private final TotalsSolver solver = new TotalsSolver();

	@Test
	void choosesTotalsThatAddUpOverHigherScoredOnesThatDoNot() {
		Totals totals = solver.solve(evidence()
			.amount(Role.NET, "1000.00", 0.7)
			.amount(Role.NET, "1100.00", 0.8)
			.amount(Role.TAX, "190.00", 0.9)
			.amount(Role.GROSS, "1190.00", 0.9)
			.build());

		assertThat(totals.net().get().value()).isEqualByComparingTo("1000.00");
		assertThat(totals.tax().get().value()).isEqualByComparingTo("190.00");
		assertThat(totals.gross().get().value()).isEqualByComparingTo("1190.00");
		assertThat(totals.net().get().confidence()).isGreaterThan(0.9);
		assertThat(totals.breakdown()).containsExactly(tax("19", "1000.00", "190.00"));
	}

	@Test
	void takesTheNetAsTheSumOfThePrintedBasesWhenTheyAddUpWithTheTax() {
		// "Positionen netto 804,35", "Versandkosten netto 4,99": two bases at one rate, no net total printed
		Totals totals = solver.solve(evidence().amount(Role.TAX, "153.78", 0.9).amount(Role.GROSS, "963.12", 0.9)
			.row("19", "804.35", "152.83")
			.row("19", "4.99", "0.95")
			.build());
		Totals notAddingUp = solver.solve(evidence().amount(Role.TAX, "153.78", 0.9).amount(Role.GROSS, "970.00", 0.9)
			.row("19", "804.35", "152.83")
			.row("19", "4.99", "0.95")
			.build());

		assertThat(totals.net().get().value()).isEqualByComparingTo("809.34");
		assertThat(notAddingUp.net()).isEmpty();
	}

	@Test
	void takesTheTaxAsGrossMinusNetWhereOcrMisreadOneDigitOfIt() {
		// printed "71,51", read "71,91": 376,37 x 19 % = 447,88 - 376,37 = 71,51
		Totals misread = solver.solve(evidence().amount(Role.NET, "376.37", 0.9).amount(Role.TAX, "71.91", 0.8)
			.amount(Role.GROSS, "447.88", 0.9).printed("71.91").build());
		Totals otherNumber = solver.solve(evidence().amount(Role.NET, "376.37", 0.9).amount(Role.TAX, "75.00", 0.8)
			.amount(Role.GROSS, "447.88", 0.9).printed("75.00").build());

		assertThat(misread.tax().get().value()).isEqualByComparingTo("71.51");
		assertThat(otherNumber.tax()).isEmpty();
	}

	@Test
	void givesALoneUnconfirmedTotalALowConfidence() {
		Totals totals = solver.solve(evidence().amount(Role.ANY, "86.40", 0.15).amount(Role.ANY, "12.00", 0.1).build());

		assertThat(totals.gross()).hasValueSatisfying(g -> {
			assertThat(g.value()).isEqualByComparingTo("86.40");
			assertThat(g.confidence()).isLessThan(0.3);
		});
	}

	@Test
	void takesAnUnlabeledTotalOnlyWhenItIsPrinted() {
		Totals printed = solver.solve(evidence().amount(Role.NET, "100.00", 0.9).amount(Role.GROSS, "107.00", 0.9)
			.printed("7.00").build());
		Totals computable = solver.solve(evidence().amount(Role.NET, "100.00", 0.9).amount(Role.GROSS, "107.00", 0.9).build());

		assertThat(printed.tax().get().value()).isEqualByComparingTo("7.00");
		assertThat(printed.breakdown()).containsExactly(tax("7", "100.00", "7.00"));
		assertThat(computable.tax()).isEmpty();
		assertThat(computable.gross().get().confidence()).isGreaterThan(0.8);
	}

	@Test
	void addsTaxRowsOfTwoRates() {
		Totals totals = solver.solve(evidence()
			.amount(Role.NET, "224.00", 1.0)
			.amount(Role.TAX, "6.23", 0.9)
			.amount(Role.TAX, "25.65", 0.9)
			.amount(Role.GROSS, "255.88", 1.0)
			.row("7", "89.00", "6.23")
			.row("19", "135.00", "25.65")
			.build());

		assertThat(totals.tax().get().value()).isEqualByComparingTo("31.88");
		assertThat(totals.breakdown()).containsExactly(tax("7", "89.00", "6.23"), tax("19", "135.00", "25.65"));
	}

	@Test
	void readsACreditNoteWithNegativeTotals() {
		Totals totals = solver.solve(evidence()
			.amount(Role.NET, "-50.00", 0.9)
			.amount(Role.TAX, "-9.50", 0.9)
			.amount(Role.GROSS, "-59.50", 0.9)
			.build());

		assertThat(totals.gross().get().value()).isEqualByComparingTo("-59.50");
		assertThat(totals.gross().get().confidence()).isGreaterThan(0.9);
	}

	@Test
	void takesTheTaxFreeTotalForNetAndGrossWhenTheInvoiceSaysSo() {
		Totals totals = solver.solve(evidence()
			.amount(Role.NET, "1950.00", 0.8)
			.amount(Role.TAX, "0.00", 0.9)
			.amount(Role.PAYABLE, "1950.00", 1.0)
			.exempt()
			.build());

		assertThat(totals.gross().get().value()).isEqualByComparingTo("1950.00");
		assertThat(totals.payable().get().value()).isEqualByComparingTo("1950.00");
		assertThat(totals.breakdown()).containsExactly(tax("0", "1950.00", "0.00"));
	}

	@Test
	void doesNotTakeAZeroTaxForProofWithoutAWordOfExemption() {
		Totals totals = solver.solve(evidence()
			.amount(Role.ANY, "100.00", 0.5)
			.amount(Role.ANY, "100.00", 0.5)
			.amount(Role.TAX, "0.00", 0.7)
			.amount(Role.NET, "1436.50", 0.7)
			.amount(Role.TAX, "365.28", 0.7)
			.amount(Role.ANY, "1801.78", 0.4)
			.rate("25")
			.build());

		assertThat(totals.gross().get().value()).isEqualByComparingTo("1801.78");
		assertThat(totals.tax().get().value()).isEqualByComparingTo("365.28");
	}

	@Test
	void takesTheGrossThatIsToBePaid() {
		Totals totals = solver.solve(evidence()
			.amount(Role.ANY, "208.00", 0.4)
			.amount(Role.GROSS, "233.00", 0.6)
			.amount(Role.TAX, "0.00", 0.7)
			.amount(Role.PAYABLE, "233.00", 0.7)
			.exempt()
			.build());

		assertThat(totals.gross().get().value()).isEqualByComparingTo("233.00");
		assertThat(totals.net().get().value()).isEqualByComparingTo("233.00");
	}

	@Test
	void keepsTheRateOfAReceiptThatShowsNoTaxAmount() {
		Totals totals = solver.solve(evidence().amount(Role.ANY, "49.70", 0.5).rate("7").build());

		assertThat(totals.gross().get().value()).isEqualByComparingTo("49.70");
		assertThat(totals.breakdown()).containsExactly(new TaxLine(new BigDecimal("7"), null, null));
	}

	@Test
	void subtractsAPrepaymentFromThePayableAmount() {
		Totals totals = solver.solve(evidence()
			.amount(Role.NET, "1000.00", 0.9)
			.amount(Role.TAX, "190.00", 0.9)
			.amount(Role.GROSS, "1190.00", 0.9)
			.prepaid("500.00")
			.printed("690.00")
			.build());

		assertThat(totals.payable().get().value()).isEqualByComparingTo("690.00");
	}

	@Test
	void prefersTheNetThatTheLineItemsAddUpTo() {
		Totals totals = solver.solve(evidence()
			.amount(Role.ANY, "409.00", 0.5)
			.amount(Role.ANY, "400.00", 0.5)
			.amount(Role.GROSS, "486.71", 0.9)
			.lineItems("409.00")
			.build());

		assertThat(totals.net().get().value()).isEqualByComparingTo("409.00");
	}

	private static TaxLine tax(String rate, String net, String tax) {
		return new TaxLine(new BigDecimal(rate), new BigDecimal(net), new BigDecimal(tax));
	}

	private static EvidenceBuilder evidence() {
		return new EvidenceBuilder();
	}

	private static final class EvidenceBuilder {

		private final List<AmountCandidate> amounts = new ArrayList<>();
		private final List<TaxRow> rows = new ArrayList<>();
		private final Set<BigDecimal> rates = new HashSet<>();
		private final Set<BigDecimal> printed = new HashSet<>();
		private BigDecimal lineItems;
		private boolean exempt;
		private BigDecimal prepaid;

		EvidenceBuilder amount(Role role, String value, double score) {
			amounts.add(new AmountCandidate(role, new BigDecimal(value), score));
			printed.add(new BigDecimal(value));
			return this;
		}

		EvidenceBuilder row(String rate, String net, String tax) {
			rows.add(new TaxRow(new BigDecimal(rate), new BigDecimal(net), new BigDecimal(tax), 0.85));
			rates.add(new BigDecimal(rate));
			return this;
		}

		EvidenceBuilder rate(String rate) {
			rates.add(new BigDecimal(rate));
			return this;
		}

		EvidenceBuilder lineItems(String sum) {
			lineItems = new BigDecimal(sum);
			return this;
		}

		EvidenceBuilder exempt() {
			exempt = true;
			return this;
		}

		EvidenceBuilder prepaid(String value) {
			prepaid = new BigDecimal(value);
			return this;
		}

		EvidenceBuilder printed(String value) {
			printed.add(new BigDecimal(value));
			return this;
		}

		Evidence build() {
			return new Evidence(amounts, rows, rates, printed, lineItems, exempt, prepaid);
		}
	}
}
