package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import de.kmuflow.extraction.InvoiceLine;

class ReceiptLinesReaderTest {

	@Test
	void readsTheItemsAboveTheTotalWithTheirQuantities() {
		TestWords receipt = new TestWords().size(8).at(10, 20, "Bäckerei am Markt").at(10, 30, "14.03.2026 07:12 Kasse 1")
			.at(10, 40, "----------------------------")
			.at(10, 50, "6 x 0,55").at(10, 60, "Brötchen").right(200, 60, "3,30 A")
			.at(10, 70, "Kaffee groß").right(200, 70, "3,20 B")
			.at(10, 80, "2 x Croissant").right(200, 80, "2,80 A")
			.at(10, 90, "----------------------------")
			.at(10, 100, "SUMME EUR").right(200, 100, "9,30")
			.at(10, 110, "Gegeben BAR").right(200, 110, "10,00");

		LineItemTableReader.Items items = new ReceiptLinesReader(receipt.text()).read();

		assertThat(items.lines()).containsExactly(new InvoiceLine("Brötchen", new BigDecimal("6"), null, null),
				new InvoiceLine("Kaffee groß", null, null, null), new InvoiceLine("Croissant", new BigDecimal("2"), null, null));
	}

	@Test
	void takesNoItemsFromALetter() {
		TestWords letter = new TestWords().at(57, 300, "Beratung laut Vereinbarung").right(540, 300, "150,00")
			.at(57, 330, "Gesamtbetrag").right(540, 330, "178,50");

		assertThat(new ReceiptLinesReader(letter.text()).read().lines()).isEmpty();
	}
}
