package de.kmuflow.adoption.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class AdoptionCsvTest {

	private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

	@Test
	void textCellsAreNeutralisedAndNumbersStayNumbers() {
		TrendViews.TrendView trend = new TrendViews.TrendView("AI", "=cmd|' /C calc'!A0", "+hoch", "@mittel", "-12 Monate",
				40, 3, 1, 0, 3600, new BigDecimal("-1.50"), new BigDecimal("12.5"), List.of());

		String line = AdoptionCsv.trends(List.of(trend), MARCH).split("\r\n")[1];

		assertThat(line).startsWith("\"AI\";\"'=cmd|' /C calc'!A0\";\"'+hoch\";\"'@mittel\";\"'-12 Monate\";40;3;1;0;-1,50;12,5;");
	}

	@Test
	void timeSavedLabelsAreNeutralised() {
		TimeSavedReport.Row row = new TimeSavedReport.Row("=1+1", "@label", "-process", "+activity", 2, 120,
				new BigDecimal("2"), new BigDecimal("0.03"), new BigDecimal("100"));
		TimeSavedReport report = new TimeSavedReport(MARCH.from(), MARCH.to(), GroupBy.ACTIVITY, 120, new BigDecimal("2"),
				new BigDecimal("0.03"), 2, List.of(row));

		String line = AdoptionCsv.timeSaved(report).split("\r\n")[1];

		assertThat(line).isEqualTo("\"activity\";\"'=1+1\";\"'@label\";\"'-process\";\"'+activity\";2;120;2;0,03;100;2026-03-01;2026-03-31");
	}
}
