package de.kmuflow.extraction.internal.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import de.kmuflow.extraction.internal.text.PageText;
import de.kmuflow.extraction.internal.text.Word;

/** Reads drawn invoice pages with the real Tesseract engine. */
class OcrReaderTest {

	private static OcrEnginePool pool;
	private static OcrReader reader;

	@BeforeAll
	static void startEngine() {
		pool = new OcrEnginePool(OcrEngineSettings.defaults().withEngines(1));
		reader = new OcrReader(pool);
	}

	@AfterAll
	static void stopEngine() {
		reader.close();
		pool.close();
	}

	@Test
	void readsWordsWithBoxesInPointsAndConfidences() {
		BufferedImage page = InvoicePages.draw(List.of("Rechnungsnummer: RE-2026-0815", "", "Gesamtbetrag 1.471,60 EUR"),
				300);

		PageText text = reader.recognise(page, 1, 300);

		assertThat(text.number()).isEqualTo(1);
		assertThat(text.width()).isCloseTo(595, within(1.0));
		assertThat(text.height()).isCloseTo(842, within(1.0));
		assertThat(text.words()).extracting(Word::text)
			.containsExactly("Rechnungsnummer:", "RE-2026-0815", "Gesamtbetrag", "1.471,60", "EUR");
		Word label = word(text, "Rechnungsnummer:");
		Word number = word(text, "RE-2026-0815");
		Word total = word(text, "1.471,60");
		// drawn at 0.9 inch from the left, first baseline 1 inch from the top, 11 pt, lines 16.5 pt apart
		assertThat(label.x()).isCloseTo(0.9 * 72, within(3.0));
		assertThat(label.bottom()).isCloseTo(72, within(4.0));
		assertThat(label.height()).isBetween(6.0, 13.0);
		assertThat(number.x()).isGreaterThan(label.right());
		assertThat(number.centerY()).isCloseTo(label.centerY(), within(2.0));
		assertThat(total.centerY() - label.centerY()).isCloseTo(2 * 16.5, within(3.0));
		assertThat(text.words()).allSatisfy(word -> assertThat(word.confidence()).isBetween(0.8, 1.0));
	}

	@Test
	void readsAWholeInvoicePage() {
		PageText text = reader.recognise(InvoicePages.page(3, 300), 2, 300);

		assertThat(text.number()).isEqualTo(2);
		// position numbers standing alone at the start of table rows are the words Tesseract tends to drop
		assertThat(PageQuality.wordsFound(InvoicePages.words(3), text)).isGreaterThan(0.93);
		assertThat(PageQuality.linesLevel(InvoicePages.lines(3), text)).isGreaterThan(0.95);
	}

	@Test
	void turnsAnUpsideDownPage() {
		BufferedImage upsideDown = GreyImages.rotateQuarterTurns(InvoicePages.page(1, 300), 2);

		OcrReader.Outcome outcome = reader.read(upsideDown, 1, 300);

		assertThat(outcome.quarterTurns()).isEqualTo(2);
		assertThat(PageQuality.wordsFound(InvoicePages.words(1), outcome.text())).isGreaterThan(0.93);
		Word label = word(outcome.text(), "Rechnungsnummer:");
		assertThat(word(outcome.text(), "RE-2026-0816").x()).isGreaterThan(label.right());
		assertThat(label.y()).isLessThan(200);
	}

	@Test
	void turnsASidewaysPageUpright() {
		BufferedImage sideways = GreyImages.rotateQuarterTurns(InvoicePages.page(2, 300), 1);

		OcrReader.Outcome outcome = reader.read(sideways, 1, 300);

		assertThat(outcome.quarterTurns()).isEqualTo(3);
		assertThat(outcome.text().width()).isLessThan(outcome.text().height());
		assertThat(PageQuality.linesLevel(InvoicePages.lines(2), outcome.text())).isGreaterThan(0.9);
	}

	@Test
	void straightensATiltedPage() {
		BufferedImage tilted = GreyImages.rotate(InvoicePages.page(4, 300), 2.0);

		OcrReader.Outcome outcome = reader.read(tilted, 1, 300);

		assertThat(outcome.skewDegrees()).isCloseTo(2.0, within(0.15));
		assertThat(PageQuality.linesLevel(InvoicePages.lines(4), outcome.text())).isGreaterThan(0.95);
		Word label = word(outcome.text(), "Gesamtbetrag");
		Word currency = outcome.text().words().stream()
			.filter(word -> word.text().equals("EUR") && word.x() > label.right())
			.filter(word -> Math.abs(word.centerY() - label.centerY()) < label.height() / 2)
			.findFirst()
			.orElseThrow();
		assertThat(currency.x()).isGreaterThan(label.right());
	}

	@Test
	void leavesAStraightPageAlone() {
		OcrReader.Outcome outcome = reader.read(InvoicePages.page(5, 300), 1, 300);

		assertThat(outcome.skewDegrees()).isZero();
		assertThat(outcome.quarterTurns()).isZero();
		assertThat(outcome.upscaled()).isFalse();
	}

	@Test
	void upscalesALowResolutionScanAndKeepsPoints() {
		OcrReader.Outcome outcome = reader.read(InvoicePages.page(6, 150), 1, 150);

		assertThat(outcome.upscaled()).isTrue();
		assertThat(outcome.text().width()).isCloseTo(595, within(1.0));
		assertThat(PageQuality.wordsFound(InvoicePages.words(6), outcome.text())).isGreaterThan(0.93);
		assertThat(word(outcome.text(), "Rechnungsnummer:").x()).isCloseTo(0.9 * 72, within(3.0));
	}

	@Test
	void readsAColourPage() {
		BufferedImage grey = InvoicePages.page(7, 300);
		BufferedImage colour = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_ARGB);
		colour.getGraphics().drawImage(grey, 0, 0, null);

		PageText text = reader.recognise(colour, 1, 300);

		assertThat(PageQuality.wordsFound(InvoicePages.words(7), text)).isGreaterThan(0.93);
	}

	@Test
	void findsNoWordsOnABlankPage() {
		PageText text = reader.recognise(InvoicePages.draw(List.of(), 300), 1, 300);

		assertThat(text.words()).isEmpty();
	}

	private static Word word(PageText text, String wanted) {
		return PageQuality.word(text, wanted).orElseThrow(() -> new AssertionError(wanted + " not read in "
				+ text.words().stream().map(Word::text).toList()));
	}
}
