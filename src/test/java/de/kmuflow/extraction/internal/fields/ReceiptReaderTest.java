package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.ReadingFinding;
import org.junit.jupiter.api.Test;

/** Till receipts as words on a narrow column, and an invoice whose words sound like a till. */
class ReceiptReaderTest {

	/** The printed column of an 80 mm roll: 72 mm, about 204 points. */
	private static final double LEFT = 150;
	private static final double RIGHT = 354;

	@Test
	void readsSellerDateTotalAndTaxOfASupermarketReceipt() {
		TestWords words = new TestWords().size(8);
		double y = 40;
		words.at(LEFT + 60, y, "Willkommen bei");
		words.size(14).at(LEFT + 30, y += 14, "Frischemarkt Hansen").size(8);
		words.at(LEFT + 60, y += 20, "Lindenallee 12");
		words.at(LEFT + 55, y += 11, "37073 Göttingen");
		y = line(words, y + 22, "Vollmilch 3,5% 1l", "1,19 B");
		words.at(LEFT, y += 11, "2 x 0,89");
		y = line(words, y, "Bananen lose", "1,78 B");
		y = line(words, y, "Spülmittel 500ml", "1,49 A");
		words.size(14);
		y = line(words, y + 6, "SUMME", "4,46");
		words.size(8);
		y = line(words, y + 8, "Geg. BAR", "10,00");
		y = line(words, y, "Rückgeld BAR", "5,54");
		words.at(LEFT, y += 16, "Steuer   Netto    MwSt  Brutto");
		words.at(LEFT, y += 11, "A=19%     1,25    0,24    1,49");
		words.at(LEFT, y += 11, "B=7%      2,78    0,19    2,97");
		words.at(LEFT, y += 16, "07.12.26 14:32  Bon 4711  Kasse 2");
		words.at(LEFT, y += 11, "TSE-Start: 2026-12-07T14:31:20.000");
		words.at(LEFT + 30, y + 16, "Vielen Dank für Ihren Einkauf!");

		ExtractedInvoice invoice = read(words);

		assertThat(invoice.get(InvoiceField.SELLER_NAME)).isEqualTo("Frischemarkt Hansen");
		assertThat(invoice.get(InvoiceField.ISSUE_DATE)).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(invoice.get(InvoiceField.GROSS_TOTAL)).isEqualByComparingTo("4.46");
		assertThat(invoice.get(InvoiceField.TAX_TOTAL)).isEqualByComparingTo("0.43");
		assertThat(invoice.get(InvoiceField.NET_TOTAL)).isEqualByComparingTo("4.03");
		assertThat(invoice.findings()).contains(ReadingFinding.RECEIPT);
	}

	@Test
	void readsAnEnglishCafeReceiptInPounds() {
		TestWords words = new TestWords().size(11);
		double y = 40;
		words.at(LEFT + 40, y, "The Copper Kettle").size(8);
		words.at(LEFT + 50, y += 16, "12 Castle Street");
		words.at(LEFT + 60, y += 11, "York YO1 9RN");
		words.at(LEFT + 30, y += 11, "VAT Reg No: GB123 4567 89");
		words.at(LEFT, y += 22, "07/12/2026 10:32");
		words.at(LEFT, y += 11, "Table 4   Server: Emma");
		y = line(words, y + 6, "Flat White", "3.40");
		y = line(words, y, "Scone with Jam", "4.10");
		y = line(words, y, "Subtotal", "£7.50");
		y = line(words, y, "TOTAL", "£7.50");
		y = line(words, y + 6, "CARD (Contactless)", "£7.50");
		y = line(words, y + 6, "VAT 20%", "£1.25");
		y = line(words, y, "Net", "£6.25");
		words.at(LEFT + 30, y + 16, "Thank you for visiting!");

		ExtractedInvoice invoice = read(words);

		assertThat(invoice.get(InvoiceField.SELLER_NAME)).isEqualTo("The Copper Kettle");
		assertThat(invoice.get(InvoiceField.ISSUE_DATE)).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(invoice.get(InvoiceField.GROSS_TOTAL)).isEqualByComparingTo("7.50");
		assertThat(invoice.get(InvoiceField.TAX_TOTAL)).isEqualByComparingTo("1.25");
		assertThat(invoice.get(InvoiceField.CURRENCY)).isEqualTo("GBP");
	}

	@Test
	void aRestaurantsTipIsNoPartOfTheTotal() {
		TestWords words = new TestWords().size(14);
		double y = 40;
		words.at(LEFT + 20, y, "Gasthaus Zur Linde").size(8);
		words.at(LEFT + 50, y += 20, "Inh. Petra Lang");
		words.at(LEFT + 50, y += 11, "Am Anger 3");
		words.at(LEFT, y += 22, "Rechnung Nr. 10234   Tisch 12");
		words.at(LEFT, y += 11, "14.03.2026  19:41  Bed. 3");
		y = line(words, y + 6, "Rinderroulade", "18,90");
		y = line(words, y, "Pils 0,4l", "4,20");
		y = line(words, y + 6, "Summe", "23,10");
		y = line(words, y + 6, "Netto 19%", "19,41");
		y = line(words, y, "MwSt 19%", "3,69");
		y = line(words, y + 6, "Trinkgeld", "1,90");
		y = line(words, y, "Gesamt bezahlt", "25,00");
		line(words, y, "EC-Karte", "25,00");

		ExtractedInvoice invoice = read(words);

		assertThat(invoice.get(InvoiceField.GROSS_TOTAL)).isEqualByComparingTo("23.10");
		assertThat(invoice.get(InvoiceField.TAX_TOTAL)).isEqualByComparingTo("3.69");
		assertThat(invoice.get(InvoiceField.ISSUE_DATE)).isEqualTo(LocalDate.of(2026, 3, 14));
		assertThat(invoice.get(InvoiceField.SELLER_NAME)).isEqualTo("Gasthaus Zur Linde");
	}

	@Test
	void anInvoiceOnAFullPageIsNoReceiptWhateverItsWords() {
		TestWords words = new TestWords().size(10);
		words.at(50, 40, "Kiosk Bedarf Großhandel GmbH · Am Markt 1 · 37073 Göttingen");
		words.at(50, 150, "Rechnungsnummer 2026-118");
		words.at(50, 165, "Rechnungsdatum 07.12.2026");
		words.at(50, 300, "Kassenrolle 80 mm (Bon-Papier)");
		words.right(540, 300, "48,00");
		words.at(50, 320, "Summe");
		words.right(540, 320, "48,00");
		words.at(50, 335, "zahlbar bar oder per EC-Karte; vielen Dank");
		words.at(50, 780, "IBAN DE02 1203 0000 0000 2020 51");

		ExtractedInvoice.Builder builder = ExtractedInvoice.builder(DocumentKind.TEXT_PDF);
		new InvoiceFieldExtractor().extract(words.pages(), builder);
		assertThat(ReceiptReader.readInto(words.pages(), builder)).isEmpty();
		assertThat(builder.build().findings()).doesNotContain(ReadingFinding.RECEIPT);
	}

	private static double line(TestWords words, double y, String left, String right) {
		double next = y + 11;
		words.at(LEFT, next, left);
		words.right(RIGHT, next, right);
		return next;
	}

	private static ExtractedInvoice read(TestWords words) {
		ExtractedInvoice.Builder builder = ExtractedInvoice.builder(DocumentKind.IMAGE);
		new InvoiceFieldExtractor().extract(words.pages(), builder);
		assertThat(ReceiptReader.readInto(words.pages(), builder)).isPresent();
		return builder.build();
	}
}
