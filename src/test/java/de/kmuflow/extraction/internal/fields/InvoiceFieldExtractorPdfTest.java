package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.kmuflow.extraction.CashDiscount;
import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceLine;
import de.kmuflow.extraction.TaxLine;
import de.kmuflow.extraction.internal.text.PageText;

/** Text PDFs of different layouts, drawn here, read through the PDF text reader and the extractor. */
class InvoiceFieldExtractorPdfTest {

	@Test
	void readsALetterWithSenderLineInfoBlockAtTheRightAndLabelsLeftOfValues() {
		PdfCanvas pdf = new PdfCanvas();
		pdf.font(18, true).text(57, 60, "Muster Haustechnik GmbH");
		pdf.font(9, false).text(57, 75, "Heizung · Sanitär · Lüftung");
		pdf.font(7, false).text(57, 140, "Muster Haustechnik GmbH · Werkstraße 12 · 50667 Köln");
		pdf.font(10, false).text(57, 160, "Bäckerei Sonnenschein KG").text(57, 173, "Frau Anna Beck")
			.text(57, 186, "Marktplatz 3").text(57, 199, "53111 Bonn");
		pdf.text(350, 160, "Rechnungsnummer:").text(460, 160, "RE-2026-0042");
		pdf.text(350, 173, "Rechnungsdatum:").text(460, 173, "15.03.2026");
		pdf.text(350, 186, "Kundennummer:").text(460, 186, "10077");
		pdf.text(350, 199, "Leistungsdatum:").text(460, 199, "10.03.2026");
		pdf.text(350, 212, "Ihre Bestellung Nr.:").text(460, 212, "B-2026-311");
		pdf.font(14, true).text(57, 260, "Rechnung");
		pdf.font(9, true).text(57, 290, "Pos.").text(85, 290, "Bezeichnung").right(370, 290, "Menge")
			.right(460, 290, "Einzelpreis").right(540, 290, "Gesamt");
		pdf.font(9, false);
		row(pdf, 305, "1", "Wartung Gasbrennwerttherme", "1", "189,00 €", "189,00 €");
		row(pdf, 318, "2", "Dichtungssatz DN 20", "4", "12,50 €", "50,00 €");
		row(pdf, 331, "3", "Arbeitszeit Monteur (Std.)", "2,5", "68,00 €", "170,00 €");
		pdf.text(350, 360, "Summe netto").right(540, 360, "409,00 €");
		pdf.text(350, 373, "zzgl. 19 % MwSt.").right(540, 373, "77,71 €");
		pdf.font(9, true).text(350, 389, "Gesamtbetrag").right(540, 389, "486,71 €");
		pdf.font(9, false).text(57, 430, "Zahlbar bis 14.04.2026 ohne Abzug. Bei Zahlung innerhalb von 10 Tagen 2 % Skonto.");
		pdf.font(7, false).text(57, 790, "Muster Haustechnik GmbH").text(57, 799, "Werkstraße 12").text(57, 808, "50667 Köln");
		pdf.text(230, 790, "Steuernummer: 215/5714/1234").text(230, 799, "USt-IdNr.: DE812345673")
			.text(230, 808, "Amtsgericht Köln HRB 98765");
		pdf.text(400, 790, "Sparkasse KölnBonn").text(400, 799, "IBAN: DE89 3704 0044 0532 0130 00")
			.text(400, 808, "BIC: COLSDE33XXX");

		ExtractedInvoice invoice = extract(pdf.words());

		assertThat(invoice.invoiceNumber()).isEqualTo("RE-2026-0042");
		assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(invoice.deliveryDate()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 4, 14));
		assertThat(invoice.purchaseOrderReference()).isEqualTo("B-2026-311");
		assertThat(invoice.sellerName()).isEqualTo("Muster Haustechnik GmbH");
		assertThat(invoice.sellerAddress()).isEqualTo("Werkstraße 12, 50667 Köln");
		assertThat(invoice.buyerName()).isEqualTo("Bäckerei Sonnenschein KG");
		assertThat(invoice.sellerVatId()).isEqualTo("DE812345673");
		assertThat(invoice.sellerTaxNumber()).isEqualTo("215/5714/1234");
		assertThat(invoice.sellerIban()).isEqualTo("DE89370400440532013000");
		assertThat(invoice.sellerBic()).isEqualTo("COLSDE33XXX");
		assertThat(invoice.currency()).isEqualTo("EUR");
		assertThat(invoice.netTotal()).isEqualByComparingTo("409.00");
		assertThat(invoice.taxTotal()).isEqualByComparingTo("77.71");
		assertThat(invoice.grossTotal()).isEqualByComparingTo("486.71");
		assertThat(invoice.payableAmount()).isEqualByComparingTo("486.71");
		assertThat(invoice.taxBreakdown()).containsExactly(new TaxLine(new BigDecimal("19"), new BigDecimal("409.00"), new BigDecimal("77.71")));
		assertThat(invoice.cashDiscount()).isEqualTo(new CashDiscount(new BigDecimal("2"), 10, null));
		assertThat(invoice.lines()).containsExactly(
				new InvoiceLine("Wartung Gasbrennwerttherme", new BigDecimal("1"), new BigDecimal("189.00"), new BigDecimal("189.00")),
				new InvoiceLine("Dichtungssatz DN 20", new BigDecimal("4"), new BigDecimal("12.50"), new BigDecimal("50.00")),
				new InvoiceLine("Arbeitszeit Monteur (Std.)", new BigDecimal("2.5"), new BigDecimal("68.00"), new BigDecimal("170.00")));
		assertThat(invoice.confidence().get("grossTotal")).isGreaterThan(0.9);
		assertThat(invoice.confidence().get("sellerIban")).isGreaterThan(0.8);
	}

	@Test
	void readsLabelsAboveTheirValuesAndTwoTaxRates() {
		PdfCanvas pdf = new PdfCanvas();
		pdf.font(8, false).text(57, 50, "Feinkost Albers e.K. | Hafenstraße 8 | 20457 Hamburg");
		pdf.font(10, false).text(57, 70, "Hotel Seeblick GmbH").text(57, 83, "Strandweg 1").text(57, 96, "23570 Lübeck");
		pdf.font(16, true).text(57, 150, "RECHNUNG");
		pdf.font(8, true).text(57, 175, "Rechnungs-Nr.").text(170, 175, "Datum").text(270, 175, "Kunden-Nr.")
			.text(370, 175, "Lieferdatum").text(470, 175, "Fällig am");
		pdf.font(10, false).text(57, 189, "2026/0815").text(170, 189, "02.03.2026").text(270, 189, "4711")
			.text(370, 189, "27.02.2026").text(470, 189, "16.03.2026");
		pdf.font(9, true).text(57, 230, "Anzahl").text(110, 230, "Artikel").right(400, 230, "MwSt").right(470, 230, "Preis")
			.right(540, 230, "Betrag");
		pdf.font(9, false);
		pdf.text(57, 245, "10").text(110, 245, "Olivenöl extra vergine 0,5 l").right(400, 245, "7 %")
			.right(470, 245, "8,90").right(540, 245, "89,00");
		pdf.text(57, 258, "3").text(110, 258, "Geschenkkorb Premium").right(400, 258, "19 %")
			.right(470, 258, "45,00").right(540, 258, "135,00");
		pdf.text(300, 290, "Nettobetrag").right(540, 290, "224,00");
		pdf.text(300, 303, "USt. 7 % auf 89,00").right(540, 303, "6,23");
		pdf.text(300, 316, "USt. 19 % auf 135,00").right(540, 316, "25,65");
		pdf.font(9, true).text(300, 332, "Rechnungsbetrag EUR").right(540, 332, "255,88");
		pdf.font(7, false).text(57, 800, "Feinkost Albers e.K. · Inh. Jan Albers · USt-IdNr. DE 298 765 435")
			.text(57, 809, "Hamburger Sparkasse · IBAN DE02 1203 0000 0000 2020 51 · BIC BYLADEM1001");

		ExtractedInvoice invoice = extract(pdf.words());

		assertThat(invoice.invoiceNumber()).isEqualTo("2026/0815");
		assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(invoice.deliveryDate()).isEqualTo(LocalDate.of(2026, 2, 27));
		assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
		assertThat(invoice.sellerName()).isEqualTo("Feinkost Albers e.K.");
		assertThat(invoice.buyerName()).isEqualTo("Hotel Seeblick GmbH");
		assertThat(invoice.sellerVatId()).isEqualTo("DE298765435");
		assertThat(invoice.sellerIban()).isEqualTo("DE02120300000000202051");
		assertThat(invoice.currency()).isEqualTo("EUR");
		assertThat(invoice.netTotal()).isEqualByComparingTo("224.00");
		assertThat(invoice.taxTotal()).isEqualByComparingTo("31.88");
		assertThat(invoice.grossTotal()).isEqualByComparingTo("255.88");
		assertThat(invoice.taxBreakdown()).containsExactlyInAnyOrder(
				new TaxLine(new BigDecimal("7"), new BigDecimal("89.00"), new BigDecimal("6.23")),
				new TaxLine(new BigDecimal("19"), new BigDecimal("135.00"), new BigDecimal("25.65")));
		assertThat(invoice.lines()).extracting(InvoiceLine::description)
			.containsExactly("Olivenöl extra vergine 0,5 l", "Geschenkkorb Premium");
		assertThat(invoice.lines()).extracting(InvoiceLine::quantity).containsExactly(new BigDecimal("10"), new BigDecimal("3"));
	}

	@Test
	void readsTotalsFromTheSecondPage() {
		PdfCanvas pdf = new PdfCanvas();
		pdf.font(20, true).text(330, 60, "Druckerei Weiß AG");
		pdf.font(8, false).text(330, 75, "Papierweg 5, 04109 Leipzig");
		pdf.font(10, false).text(57, 150, "Rechnungsanschrift:");
		pdf.text(57, 163, "Stadtwerke Beispielstadt GmbH").text(57, 176, "Postfach 1122").text(57, 189, "01067 Dresden");
		pdf.text(330, 150, "Rechnung Nr.").right(540, 150, "D-88812");
		pdf.text(330, 163, "Datum").right(540, 163, "20.03.2026");
		pdf.text(330, 176, "Leitweg-ID").right(540, 176, "14612000-DRUCK01-55");
		pdf.text(330, 189, "Auftragsnummer").right(540, 189, "AU-77120");
		pdf.font(9, true).text(57, 240, "Menge").text(110, 240, "Beschreibung").right(460, 240, "Einzelpreis")
			.right(540, 240, "Gesamtpreis");
		pdf.font(9, false);
		double y = 255;
		for (int i = 1; i <= 30; i++) {
			pdf.text(57, y, "1").text(110, y, "Broschüre Variante " + i).right(460, y, "100,00").right(540, y, "100,00");
			y += 14;
		}
		pdf.page();
		pdf.font(9, false);
		pdf.text(57, 60, "Druckerei Weiß AG · Rechnung D-88812 · Seite 2");
		y = 90;
		for (int i = 31; i <= 35; i++) {
			pdf.text(57, y, "2").text(110, y, "Plakat A1 Motiv " + i).right(460, y, "50,00").right(540, y, "100,00");
			y += 14;
		}
		pdf.text(330, 180, "Zwischensumme").right(540, 180, "3.500,00");
		pdf.text(330, 193, "Umsatzsteuer 19 %").right(540, 193, "665,00");
		pdf.font(10, true).text(330, 209, "Zahlbetrag").right(540, 209, "4.165,00 EUR");
		pdf.font(8, false).text(57, 260, "Zahlungsziel: 19.04.2026");
		pdf.text(57, 780, "Druckerei Weiß AG, Papierweg 5, 04109 Leipzig, USt-ID: DE314159262, IBAN: DE12 5001 0517 0648 4898 90");

		ExtractedInvoice invoice = extract(pdf.words());

		assertThat(invoice.invoiceNumber()).isEqualTo("D-88812");
		assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2026, 3, 20));
		assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 4, 19));
		assertThat(invoice.buyerName()).isEqualTo("Stadtwerke Beispielstadt GmbH");
		assertThat(invoice.buyerReference()).isEqualTo("14612000-DRUCK01-55");
		assertThat(invoice.purchaseOrderReference()).isEqualTo("AU-77120");
		assertThat(invoice.sellerName()).isEqualTo("Druckerei Weiß AG");
		assertThat(invoice.sellerVatId()).isEqualTo("DE314159262");
		assertThat(invoice.sellerIban()).isEqualTo("DE12500105170648489890");
		assertThat(invoice.netTotal()).isEqualByComparingTo("3500.00");
		assertThat(invoice.taxTotal()).isEqualByComparingTo("665.00");
		assertThat(invoice.grossTotal()).isEqualByComparingTo("4165.00");
		assertThat(invoice.payableAmount()).isEqualByComparingTo("4165.00");
		assertThat(invoice.lines()).hasSize(35);
		assertThat(invoice.lines().get(34)).isEqualTo(
				new InvoiceLine("Plakat A1 Motiv 35", new BigDecimal("2"), new BigDecimal("50.00"), new BigDecimal("100.00")));
	}

	@Test
	void readsAnEnglishInvoice() {
		PdfCanvas pdf = new PdfCanvas();
		pdf.font(16, true).text(57, 60, "Nordlicht Software GmbH");
		pdf.font(9, false).text(57, 74, "Kaiserstraße 20").text(57, 86, "60311 Frankfurt am Main").text(57, 98, "Germany");
		pdf.font(22, true).text(400, 60, "INVOICE");
		pdf.font(10, true).text(57, 150, "Bill To:");
		pdf.font(10, false).text(57, 164, "Acme Widgets Ltd.").text(57, 177, "221 Baker Street").text(57, 190, "London NW1 6XE")
			.text(57, 203, "United Kingdom");
		pdf.text(360, 150, "Invoice No.:").text(450, 150, "INV-2026-118");
		pdf.text(360, 164, "Invoice Date:").text(450, 164, "March 15, 2026");
		pdf.text(360, 177, "Due Date:").text(450, 177, "April 14, 2026");
		pdf.text(360, 190, "PO Number:").text(450, 190, "PO-99812");
		pdf.font(9, true).text(57, 250, "Description").right(380, 250, "Qty").right(460, 250, "Unit Price")
			.right(540, 250, "Amount");
		pdf.font(9, false);
		pdf.text(57, 265, "Annual licence, Planner Pro").right(380, 265, "5").right(460, 265, "240.00").right(540, 265, "1,200.00");
		pdf.text(57, 278, "Onboarding workshop").right(380, 278, "1").right(460, 278, "750.00").right(540, 278, "750.00");
		pdf.text(360, 310, "Subtotal").right(540, 310, "€1,950.00");
		pdf.text(360, 323, "VAT 0% (reverse charge)").right(540, 323, "€0.00");
		pdf.font(10, true).text(360, 339, "Total Due").right(540, 339, "€1,950.00");
		pdf.font(8, false).text(57, 380, "Reverse charge: VAT to be accounted for by the recipient.");
		pdf.text(57, 392, "Customer VAT ID: GB123456789");
		pdf.text(57, 780, "Nordlicht Software GmbH · VAT ID DE271828180 · IBAN DE02 5001 0517 0137 0750 30 · BIC INGDDEFFXXX");

		ExtractedInvoice invoice = extract(pdf.words());

		assertThat(invoice.invoiceNumber()).isEqualTo("INV-2026-118");
		assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 4, 14));
		assertThat(invoice.purchaseOrderReference()).isEqualTo("PO-99812");
		assertThat(invoice.sellerName()).isEqualTo("Nordlicht Software GmbH");
		assertThat(invoice.buyerName()).isEqualTo("Acme Widgets Ltd.");
		assertThat(invoice.sellerVatId()).isEqualTo("DE271828180");
		assertThat(invoice.sellerIban()).isEqualTo("DE02500105170137075030");
		assertThat(invoice.sellerBic()).isEqualTo("INGDDEFFXXX");
		assertThat(invoice.currency()).isEqualTo("EUR");
		assertThat(invoice.netTotal()).isEqualByComparingTo("1950.00");
		assertThat(invoice.taxTotal()).isEqualByComparingTo("0.00");
		assertThat(invoice.grossTotal()).isEqualByComparingTo("1950.00");
		assertThat(invoice.payableAmount()).isEqualByComparingTo("1950.00");
		assertThat(invoice.taxBreakdown()).containsExactly(new TaxLine(new BigDecimal("0"), new BigDecimal("1950.00"), new BigDecimal("0.00")));
		assertThat(invoice.lines()).containsExactly(
				new InvoiceLine("Annual licence, Planner Pro", new BigDecimal("5"), new BigDecimal("240.00"), new BigDecimal("1200.00")),
				new InvoiceLine("Onboarding workshop", new BigDecimal("1"), new BigDecimal("750.00"), new BigDecimal("750.00")));
	}

	@Test
	void readsAnAmericanInvoiceWithMonthFirstDates() {
		PdfCanvas pdf = new PdfCanvas();
		pdf.font(18, true).text(57, 60, "Brightline Tools Inc.");
		pdf.font(9, false).text(57, 75, "1200 Market Street, Suite 400").text(57, 86, "San Francisco, CA 94103");
		pdf.font(26, true).right(540, 70, "INVOICE");
		pdf.font(9, false).text(400, 100, "Invoice #").right(540, 100, "BT-4471");
		pdf.text(400, 112, "Date").right(540, 112, "02/03/2026");
		pdf.text(400, 124, "Terms").right(540, 124, "Net 30");
		pdf.text(400, 136, "Due Date").right(540, 136, "03/05/2026");
		pdf.font(9, true).text(57, 160, "BILL TO");
		pdf.font(9, false).text(57, 172, "Rheinland Maschinenbau GmbH").text(57, 183, "Industriestraße 5")
			.text(57, 194, "40210 Düsseldorf, Germany");
		pdf.font(9, true).text(57, 240, "ITEM").text(120, 240, "DESCRIPTION").right(400, 240, "QTY").right(470, 240, "RATE")
			.right(540, 240, "AMOUNT");
		pdf.font(9, false).text(57, 255, "T-100").text(120, 255, "Torque wrench set").right(400, 255, "4").right(470, 255, "$245.00")
			.right(540, 255, "$980.00");
		pdf.text(57, 268, "S-220").text(120, 268, "Shipping & handling").right(400, 268, "1").right(470, 268, "$60.00")
			.right(540, 268, "$60.00");
		pdf.text(400, 300, "SUBTOTAL").right(540, 300, "$1,040.00");
		pdf.text(400, 312, "TAX (0%)").right(540, 312, "$0.00");
		pdf.font(10, true).text(400, 326, "BALANCE DUE").right(540, 326, "USD $1,040.00");
		pdf.font(8, false).text(57, 380, "Export sale - exempt from VAT.");

		ExtractedInvoice invoice = extract(pdf.words());

		assertThat(invoice.invoiceNumber()).isEqualTo("BT-4471");
		assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2026, 2, 3));
		assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(invoice.currency()).isEqualTo("USD");
		assertThat(invoice.sellerName()).isEqualTo("Brightline Tools Inc.");
		assertThat(invoice.buyerName()).isEqualTo("Rheinland Maschinenbau GmbH");
		assertThat(invoice.grossTotal()).isEqualByComparingTo("1040.00");
		assertThat(invoice.payableAmount()).isEqualByComparingTo("1040.00");
		assertThat(invoice.lines()).extracting(InvoiceLine::description).containsExactly("Torque wrench set", "Shipping & handling");
	}

	@Test
	void readsADutchInvoice() {
		PdfCanvas pdf = new PdfCanvas();
		pdf.font(16, true).text(57, 60, "Bakkerij De Molen B.V.");
		pdf.font(8, false).text(57, 74, "Molenstraat 12, 1012 AB Amsterdam");
		pdf.font(10, false).text(57, 130, "Aan:").text(57, 143, "Café Centraal").text(57, 156, "Damrak 1").text(57, 169, "1012 LG Amsterdam");
		pdf.font(14, true).text(57, 220, "FACTUUR");
		pdf.font(9, false).text(350, 220, "Factuurnummer:").text(450, 220, "2026-118");
		pdf.text(350, 233, "Factuurdatum:").text(450, 233, "12-03-2026");
		pdf.text(350, 246, "Vervaldatum:").text(450, 246, "26-03-2026");
		pdf.font(9, true).text(57, 280, "Omschrijving").right(400, 280, "Aantal").right(470, 280, "Prijs").right(540, 280, "Bedrag");
		pdf.font(9, false).text(57, 295, "Appeltaart groot").right(400, 295, "10").right(470, 295, "€ 18,50").right(540, 295, "€ 185,00");
		pdf.text(57, 308, "Koffiebonen 1 kg").right(400, 308, "5").right(470, 308, "€ 21,00").right(540, 308, "€ 105,00");
		pdf.text(350, 340, "Subtotaal").right(540, 340, "€ 290,00");
		pdf.text(350, 352, "BTW 9%").right(540, 352, "€ 26,10");
		pdf.font(9, true).text(350, 366, "Totaal").right(540, 366, "€ 316,10");
		pdf.font(8, false).text(57, 790, "KvK 12345678 · BTW NL123456789B01 · IBAN NL91 ABNA 0417 1643 00");

		ExtractedInvoice invoice = extract(pdf.words());

		assertThat(invoice.invoiceNumber()).isEqualTo("2026-118");
		assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2026, 3, 12));
		assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 3, 26));
		assertThat(invoice.sellerName()).isEqualTo("Bakkerij De Molen B.V.");
		assertThat(invoice.buyerName()).isEqualTo("Café Centraal");
		assertThat(invoice.sellerVatId()).isEqualTo("NL123456789B01");
		assertThat(invoice.sellerIban()).isEqualTo("NL91ABNA0417164300");
		assertThat(invoice.sellerBic()).isNull();
		assertThat(invoice.netTotal()).isEqualByComparingTo("290.00");
		assertThat(invoice.taxTotal()).isEqualByComparingTo("26.10");
		assertThat(invoice.grossTotal()).isEqualByComparingTo("316.10");
		assertThat(invoice.taxBreakdown()).containsExactly(new TaxLine(new BigDecimal("9"), new BigDecimal("290.00"), new BigDecimal("26.10")));
	}

	@Test
	void leavesWhatIsNotPrintedEmpty() {
		PdfCanvas pdf = new PdfCanvas();
		pdf.font(12, true).text(57, 60, "Kiosk am Eck");
		pdf.font(10, false).text(57, 100, "Quittung").text(57, 120, "Zeitschriften").right(300, 120, "11,90");

		ExtractedInvoice invoice = extract(pdf.words());

		assertThat(invoice.invoiceNumber()).isNull();
		assertThat(invoice.issueDate()).isNull();
		assertThat(invoice.sellerIban()).isNull();
		assertThat(invoice.sellerVatId()).isNull();
		assertThat(invoice.currency()).isNull();
		assertThat(invoice.taxTotal()).isNull();
		assertThat(invoice.confidence()).doesNotContainKeys("invoiceNumber", "issueDate", "sellerIban", "currency");
	}

	private static void row(PdfCanvas pdf, double y, String position, String description, String quantity,
			String unitPrice, String total) {
		pdf.text(57, y, position).text(85, y, description).right(370, y, quantity).right(460, y, unitPrice)
			.right(540, y, total);
	}

	private static ExtractedInvoice extract(List<PageText> pages) {
		ExtractedInvoice.Builder builder = ExtractedInvoice.builder(DocumentKind.TEXT_PDF);
		new InvoiceFieldExtractor().extract(pages, builder);
		return builder.build();
	}
}
