package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

	private final DateParser dates = new DateParser();

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"15.03.2026", "15.03.26", "15.3.2026", "15/03/2026", "15-03-2026", "2026-03-15", "15. März 2026",
			"15. Maerz 2026", "15 Mar 2026", "15-Mar-2026", "15. Mrz. 2026", "March 15, 2026", "Mar 15 2026",
			"15th March 2026", "15 mars 2026", "15 maart 2026", "03/15/2026",
			// spaces a PDF writer or OCR put inside
			"15. 03. 2026", "15.03. 2026" })
	void readsTheUsualWritings(String printed) {
		assertThat(dates.parse(printed)).contains(LocalDate.of(2026, 3, 15));
	}

	@Test
	void readsSlashedDatesInTheOrderTheDocumentUses() {
		Line american = TestWords.line("Date: 04/02/2026 Due: 05/15/2026");
		Line british = TestWords.line("Date: 04/02/2026 Due: 15/05/2026");

		assertThat(new DateParser(DateParser.monthFirst(List.of(american), NumberStyle.GERMAN)).find(american))
			.extracting(Found::value)
			.containsExactly(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 15));
		assertThat(new DateParser(DateParser.monthFirst(List.of(british), NumberStyle.ENGLISH)).find(british))
			.extracting(Found::value)
			.containsExactly(LocalDate.of(2026, 2, 4), LocalDate.of(2026, 5, 15));
	}

	@Test
	void undoesOcrLettersInDigits() {
		assertThat(dates.parse("l5.O3.2026")).contains(LocalDate.of(2026, 3, 15));
	}

	@Test
	void rejectsWhatIsNoDate() {
		assertThat(dates.parse("31.02.2026")).isEmpty();
		assertThat(dates.parse("März 2026")).isEmpty();
		assertThat(dates.parse("1.471,60")).isEmpty();
		assertThat(dates.parse("12.345.678")).isEmpty();
		assertThat(dates.parse("Auftrag vom 02.03.2026")).isEmpty();
	}

	@Test
	void findsSeveralDatesOfALineInOrder() {
		Line line = TestWords.line("Leistungszeitraum 01.03.2026 - 31.03.2026, Rechnung vom 2. April 2026");

		assertThat(dates.find(line)).extracting(Found::value)
			.containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 2));
	}
}
