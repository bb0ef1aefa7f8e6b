package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import de.kmuflow.extraction.InvoiceLine;

class LineItemTableReaderTest {

	@Test
	void readsRowsUnderTheHeaderUpToTheTotals() {
		TestWords words = header(new TestWords(), 200);
		row(words, 215, "1", "Kopierpapier A4, 500 Blatt", "10", "4,99", "49,90");
		words.at(110, 228, "Art.-Nr. 100-200");
		row(words, 241, "2", "Toner schwarz", "2", "89,00", "178,00");
		words.at(350, 270, "Summe netto").right(540, 270, "227,90");

		LineItemTableReader.Items items = new LineItemTableReader(words.text()).read();

		assertThat(items.lines()).containsExactly(
				new InvoiceLine("Kopierpapier A4, 500 Blatt Art.-Nr. 100-200", new BigDecimal("10"), new BigDecimal("4.99"),
						new BigDecimal("49.90")),
				new InvoiceLine("Toner schwarz", new BigDecimal("2"), new BigDecimal("89.00"), new BigDecimal("178.00")));
		assertThat(items.netSum()).isEqualByComparingTo("227.90");
		assertThat(items.confidence()).isGreaterThan(0.75);
		assertThat(items.tableLines()).hasSize(4);
	}

	@Test
	void takesDescriptionLinesAboveTheirAmountsToTheRowBelow() {
		TestWords words = header(new TestWords(), 200);
		words.at(110, 220, "Montage Heizkörper");
		row(words, 233, "1", "inkl. Anfahrt", "3", "60,00", "180,00");

		LineItemTableReader.Items items = new LineItemTableReader(words.text()).read();

		assertThat(items.lines()).extracting(InvoiceLine::description).containsExactly("Montage Heizkörper inkl. Anfahrt");
	}

	@Test
	void keepsNumbersInsideADescriptionAndGivesWrappedLinesToTheNearerRow() {
		TestWords words = new TestWords().at(57, 200, "Bezeichnung").right(400, 200, "Menge").right(470, 200, "E-Preis")
			.right(540, 200, "Summe");
		words.at(57, 220, "Flyer DIN lang, 135 g, 5.000 Stück,").right(400, 220, "2").right(470, 220, "189,00")
			.right(540, 220, "378,00");
		words.at(57, 232, "4/4-farbig");
		words.at(57, 250, "Datencheck").right(400, 250, "2,5").right(470, 250, "25,00").right(540, 250, "62,50");

		LineItemTableReader.Items items = new LineItemTableReader(words.text()).read();

		assertThat(items.lines()).containsExactly(
				new InvoiceLine("Flyer DIN lang, 135 g, 5.000 Stück, 4/4-farbig", new BigDecimal("2"), new BigDecimal("189.00"),
						new BigDecimal("378.00")),
				new InvoiceLine("Datencheck", new BigDecimal("2.5"), new BigDecimal("25.00"), new BigDecimal("62.50")));
	}

	@Test
	void continuesATableOnTheNextPage() {
		TestWords words = header(new TestWords(), 200);
		row(words, 215, "1", "Schrauben", "100", "0,10", "10,00");
		words.page().at(57, 40, "Seite 2");
		row(words, 80, "2", "Dübel", "100", "0,05", "5,00");
		words.at(350, 110, "Gesamtbetrag").right(540, 110, "17,85");

		LineItemTableReader.Items items = new LineItemTableReader(words.text()).read();

		assertThat(items.lines()).extracting(InvoiceLine::description).containsExactly("Schrauben", "Dübel");
	}

	@Test
	void readsATwoColumnTableOfServices() {
		TestWords words = new TestWords().at(57, 200, "Leistung").right(540, 200, "Betrag")
			.at(57, 215, "Beratung Jahresabschluss").right(540, 215, "1.200,-")
			.at(57, 228, "Reisekosten pauschal").right(540, 228, "80,00")
			.at(350, 260, "Summe netto").right(540, 260, "1.280,00");

		assertThat(new LineItemTableReader(words.text()).read().lines()).containsExactly(
				new InvoiceLine("Beratung Jahresabschluss", null, null, new BigDecimal("1200.00")),
				new InvoiceLine("Reisekosten pauschal", null, null, new BigDecimal("80.00")));
	}

	@Test
	void findsNoTableWithoutAHeader() {
		TestWords words = new TestWords().at(57, 200, "Wir berechnen Ihnen für die Beratung").right(540, 200, "150,00");

		assertThat(new LineItemTableReader(words.text()).read().lines()).isEmpty();
	}

	@Test
	void recognisesHeadersInEnglishAndWithOcrNoise() {
		InvoiceText text = new TestWords().confidence(0.85).at(57, 100, "Qty").at(110, 100, "Descriptlon").right(460, 100, "Unit Price")
			.right(540, 100, "Amount").text();

		assertThat(new LineItemTableReader(text).header(text.lines().get(0))).isNotNull();
	}

	private static TestWords header(TestWords words, double y) {
		return words.at(57, y, "Pos.").at(110, y, "Bezeichnung").right(370, y, "Menge").right(460, y, "Einzelpreis")
			.right(540, y, "Gesamt");
	}

	private static void row(TestWords words, double y, String position, String description, String quantity, String price,
			String total) {
		words.at(57, y, position).at(110, y, description).right(370, y, quantity).right(460, y, price).right(540, y, total);
	}
}
