package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import de.kmuflow.extraction.internal.text.PageText;
import de.kmuflow.extraction.internal.text.Word;

class LineGrouperTest {

	@Test
	void groupsWordsIntoLinesTopToBottomWhateverTheirOrder() {
		List<PageText> pages = new TestWords().at(50, 100, "Rechnungsnummer: RE-1").at(50, 114, "Datum: 15.03.2026").pages();
		List<Word> shuffled = new ArrayList<>(pages.get(0).words());
		Collections.shuffle(shuffled, new Random(7));

		List<Line> lines = new LineGrouper().group(List.of(new PageText(1, 595, 842, shuffled)));

		assertThat(lines).extracting(Line::text).containsExactly("Rechnungsnummer: RE-1", "Datum: 15.03.2026");
	}

	@Test
	void keepsTheLinesOfASkewedScanTogether() {
		// one degree of skew: a line's right end sits nine points lower than its left, more than half a line
		TestWords page = new TestWords().skew(0.0175);
		for (int row = 0; row < 6; row++) {
			double y = 100 + row * 14;
			page.at(50, y, "Position " + row + " Artikel mit Text").right(470, y, "2 Stk").right(560, y, row + "0,00 €");
		}

		List<Line> lines = page.lines();

		assertThat(lines).hasSize(6);
		assertThat(lines.get(3).text().replace(Line.CELL_BREAK, '|')).isEqualTo("Position 3 Artikel mit Text|2 Stk|30,00 €");
	}

	@Test
	void measuresNoSkewOnAStraightPage() {
		List<Word> words = new TestWords().at(50, 100, "eins zwei drei vier fünf sechs sieben acht neun zehn").pages().get(0).words();

		assertThat(LineGrouper.slope(words)).isZero();
	}

	@Test
	void separatesColumnsByWideGaps() {
		Line line = new TestWords().at(50, 100, "Summe netto").right(540, 100, "409,00 €").lines().get(0);

		assertThat(line.cellCount()).isEqualTo(2);
		assertThat(line.text()).isEqualTo("Summe netto\t409,00 €");
		assertThat(line.cellOf(0)).isEqualTo(line.cellOf(1));
	}

	@Test
	void splitsALabelGluedToItsValue() {
		Line line = TestWords.line("Rechnungsnr.:RE-2026-1 um 12:30");

		assertThat(line.words()).extracting(Word::text).containsExactly("Rechnungsnr.:", "RE-2026-1", "um", "12:30");
	}

	@Test
	void splitsANumberAbbreviationGluedToItsValue() {
		assertThat(TestWords.line("Handelsrechnung Nr.R25-31 vom").words()).extracting(Word::text)
			.containsExactly("Handelsrechnung", "Nr.", "R25-31", "vom");
	}

	@Test
	void keepsAWordOnItsLineWhenOcrStretchedTheBoxBeforeIt() {
		// Tesseract's box of "Handelsrechnung" reaches into "(380)" on the same line
		List<Word> words = List.of(new Word("Handelsrechnung", 63.1, 204.2, 82.3, 7.4, 0.92),
				new Word("(380)", 126.7, 203.3, 20.6, 9.4, 0.95), new Word("Nr.", 151.9, 205.0, 9.4, 5.3, 0.96),
				new Word("471102", 163.9, 205.0, 25.9, 5.3, 0.96));

		List<Line> lines = new LineGrouper().group(List.of(new PageText(1, 595, 842, words)));

		assertThat(lines).hasSize(1);
	}

	@Test
	void keepsOcrWordsOneSpaceApartInOneCell() {
		// OCR measures the ink of capitals (4.8 pt), a text layer the font: a 6 pt space is no column break
		Line line = new LineGrouper().group(List.of(new PageText(1, 595, 842, List.of(
				new Word("MUSTERLIEFERANT", 40.1, 83.3, 71.0, 4.8, 0.92), new Word("GMBH", 117.1, 83.3, 18.2, 4.8, 0.96)))))
			.get(0);

		assertThat(line.cellCount()).isEqualTo(1);
	}

	@Test
	void keepsALargeTitleFromMergingTwoSmallLines() {
		List<Line> lines = new TestWords().size(24).at(50, 100, "RECHNUNG")
			.size(8).at(300, 96, "Muster GmbH").at(300, 106, "Hauptstr. 1")
			.lines();

		assertThat(lines).hasSize(2);
		assertThat(lines).extracting(Line::text).anyMatch(t -> t.startsWith("Hauptstr. 1") || t.endsWith("Hauptstr. 1"));
	}
}
