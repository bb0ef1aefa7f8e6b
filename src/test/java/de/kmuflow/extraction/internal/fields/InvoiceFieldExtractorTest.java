package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.TaxLine;
import de.kmuflow.extraction.internal.text.PageText;
import de.kmuflow.extraction.internal.text.Word;

/** Whole invoices as word lists, the way OCR hands over a scan: misread digits, lost colons, skew. */
class InvoiceFieldExtractorTest {

	@Test
	void readsAScanWithOcrNoise() {
		TestWords scan = new TestWords().skew(0.004).confidence(0.91);
		scan.size(16).at(60, 55, "Elektro Vogt GmbH");
		scan.size(7).at(60, 138, "Elektro Vogt GmbH - Ringstr. 7 - 34117 Kassel");
		scan.size(10).at(60, 155, "Autohaus Kranz OHG").at(60, 168, "Gewerbepark 2").at(60, 181, "34119 Kassel");
		// no colons, "O" for "0" and "l" for "1"
		scan.at(360, 155, "Rechnungs-Nr").at(460, 155, "2O26-l17");
		scan.at(360, 168, "Datum").at(460, 168, "O2.O4.2O26");
		scan.at(360, 181, "Leistungsdatum").at(460, 181, "30.03.2026");
		scan.size(9).at(60, 240, "Pos").at(90, 240, "Bezeichnung").right(380, 240, "Menge").right(460, 240, "E-Preis")
			.right(540, 240, "Betrag");
		scan.at(60, 255, "1").at(90, 255, "LED-Panel 60x60").right(380, 255, "6").right(460, 255, "54,90").right(540, 255, "329,40");
		scan.confidence(0.62).at(60, 268, "2").at(90, 268, "Montage").right(380, 268, "3,5").right(460, 268, "62,OO")
			.right(540, 268, "217,OO");
		scan.confidence(0.9).at(330, 300, "Nettobetrag").right(540, 300, "546,40 EUR");
		// a word split by OCR: "MwSt" and "19%" glued, the amount with a space inside
		scan.at(330, 313, "19%MwSt").right(540, 313, "103, 82 EUR");
		scan.at(330, 328, "Gesamt").right(540, 328, "650,22 EUR");
		scan.size(8).at(60, 380, "Zahlungsziel 16.04.2026 - IBAN DE12 5001 0517 0648 4898 9O - USt-ldNr DE 812 345 673");

		ExtractedInvoice invoice = extract(scan);

		assertThat(invoice.invoiceNumber()).isEqualTo("2O26-l17");
		assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2026, 4, 2));
		assertThat(invoice.deliveryDate()).isEqualTo(LocalDate.of(2026, 3, 30));
		assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 4, 16));
		assertThat(invoice.sellerName()).isEqualTo("Elektro Vogt GmbH");
		assertThat(invoice.buyerName()).isEqualTo("Autohaus Kranz OHG");
		assertThat(invoice.sellerIban()).isEqualTo("DE12500105170648489890");
		assertThat(invoice.sellerVatId()).isEqualTo("DE812345673");
		assertThat(invoice.netTotal()).isEqualByComparingTo("546.40");
		assertThat(invoice.taxTotal()).isEqualByComparingTo("103.82");
		assertThat(invoice.grossTotal()).isEqualByComparingTo("650.22");
		assertThat(invoice.taxBreakdown()).containsExactly(
				new TaxLine(new BigDecimal("19"), new BigDecimal("546.40"), new BigDecimal("103.82")));
		assertThat(invoice.lines()).hasSize(2);
		assertThat(invoice.lines().get(1).net()).isEqualByComparingTo("217.00");
		// the arithmetic holds, so the totals are sure even though the scan is not
		assertThat(invoice.confidence().get("grossTotal")).isGreaterThan(0.9);
		assertThat(invoice.confidence().get("sellerIban")).isLessThan(invoice.confidence().get("grossTotal"));
	}

	@Test
	void givesAnUnlabeledLoneAmountALowConfidence() {
		TestWords words = new TestWords().size(14).at(60, 60, "Hofladen Brink")
			.size(10).at(60, 300, "Eier, Kartoffeln, Äpfel").right(540, 300, "23,70 €");

		ExtractedInvoice invoice = extract(words);

		assertThat(invoice.grossTotal()).isEqualByComparingTo("23.70");
		assertThat(invoice.confidence().get("grossTotal")).isLessThan(0.3);
		assertThat(invoice.currency()).isEqualTo("EUR");
	}

	@Test
	void keepsTheIssueDateBeforeTheDueDate() {
		TestWords words = new TestWords().at(350, 100, "Datum: 30.04.2026").at(350, 114, "Bitte zahlen Sie bis 10.04.2026")
			.at(350, 128, "fällig am 14.05.2026");

		ExtractedInvoice invoice = extract(words);

		assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 5, 14));
	}

	@Test
	void readsOrderAndBuyerReferencesAsTheirFieldsHoldThem() {
		TestWords words = new TestWords().at(57, 100, "Ihr Auftrag: Auftrag vom 02.03.2026, Angebot 26-031")
			.size(8).at(300, 130, "Rechnungs-Nr.").at(400, 130, "Ihr Zeichen")
			.size(10).at(300, 143, "RE-77").at(400, 143, "Umbau Ausstellungsraum");

		ExtractedInvoice invoice = extract(words);

		assertThat(invoice.purchaseOrderReference()).isEqualTo("Auftrag vom 02.03.2026, Angebot 26-031");
		assertThat(invoice.buyerReference()).isEqualTo("Umbau Ausstellungsraum");
		assertThat(invoice.invoiceNumber()).isEqualTo("RE-77");
	}

	@Test
	void readsAnOrderNumberFromRunningText() {
		TestWords words = new TestWords().at(57, 200, "Ihre Bestellung Nr. 4500012345 vom 01.03.2026");

		assertThat(extract(words).purchaseOrderReference()).isEqualTo("4500012345");
	}

	@Test
	void takesNotTheNumberOfTheCorrectedInvoice() {
		TestWords words = new TestWords().at(350, 100, "Beleg-Nr.").at(450, 100, "RK-2026-0009")
			.size(12).at(57, 200, "Rechnungskorrektur").size(10).at(57, 215, "zu Rechnung Nr. 2026-0311 vom 12.03.2026")
			.at(57, 240, "Die Wartung wurde in der Rechnung 2026-0311 doppelt berechnet.");

		assertThat(extract(words).invoiceNumber()).isEqualTo("RK-2026-0009");
	}

	@Test
	void readsACurrencyNamedByItsLabel() {
		TestWords words = new TestWords().at(57, 100, "Währung:").at(160, 100, "DKK (Dänische Krone)")
			.at(300, 400, "Gesamtbetrag").right(540, 400, "1.125,00");

		ExtractedInvoice invoice = extract(words);

		assertThat(invoice.currency()).isEqualTo("DKK");
		assertThat(invoice.confidence().get("currency")).isGreaterThan(0.8);
	}

	@Test
	void ignoresTheBuyersAccountInADirectDebitNote() {
		TestWords words = new TestWords()
			.at(60, 400, "Der Betrag wird per SEPA-Lastschrift von Ihrem Konto DE02 1203 0000 0000 2020 51 abgebucht.")
			.at(60, 780, "Bankverbindung: IBAN DE89 3704 0044 0532 0130 00");

		assertThat(extract(words).sellerIban()).isEqualTo("DE89370400440532013000");
	}

	@Test
	void takesTheAmountATaxIsOnForNoTax() {
		TestWords words = new TestWords().at(300, 400, "Summe netto").right(540, 400, "323,40")
			.at(300, 414, "USt 19 % auf 323,40").right(540, 414, "61,45")
			.at(300, 428, "Gesamtbetrag EUR").right(540, 428, "384,85");

		ExtractedInvoice invoice = extract(words);

		assertThat(invoice.taxTotal()).isEqualByComparingTo("61.45");
		assertThat(invoice.taxBreakdown()).containsExactly(
				new TaxLine(new BigDecimal("19"), new BigDecimal("323.40"), new BigDecimal("61.45")));
		assertThat(invoice.currency()).isEqualTo("EUR");
	}

	@Test
	void readsTheNetDueDateBesideSkontoTerms() {
		TestWords words = new TestWords().at(57, 500, "Datum: 14.04.2026")
			.at(57, 520, "Zahlbar innerhalb von 7 Tagen (bis 21.04.2026) mit 3% Skonto oder bis 14.05.2026 netto.");

		ExtractedInvoice invoice = extract(words);

		assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 5, 14));
		assertThat(invoice.cashDiscount().percent()).isEqualByComparingTo("3");
	}

	@Test
	void countsTheDueDateFromAPaymentTermInDays() {
		TestWords words = new TestWords().at(57, 500, "Rechnungsdatum: 14.04.2026")
			.at(57, 520, "Zahlbar innerhalb von 10 Tagen mit 2 % Skonto, innerhalb von 30 Tagen netto.");

		assertThat(extract(words).dueDate()).isEqualTo(LocalDate.of(2026, 5, 14));

		TestWords terms = new TestWords().at(57, 500, "Rechnungsdatum: 14.04.2026").at(57, 520, "Zahlungsziel: 14 Tage");

		assertThat(extract(terms).dueDate()).isEqualTo(LocalDate.of(2026, 4, 28));
	}

	@Test
	void takesTheDateWithoutDeductionNotABillingPeriodsEnd() {
		TestWords words = new TestWords().at(57, 300, "Rechnungsdatum: 10.04.2026")
			.at(57, 400, "Berechnungszeitraum: bis 10.04.2026")
			.at(57, 500, "Bis zum 20.04.2026 erhalten Sie 2,000 % Skonto")
			.at(57, 515, "Bis zum 30.04.2026 ohne Abzug");

		assertThat(extract(words).dueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
	}

	@Test
	void takesNoCurrencyFromAParagraphSignOcrReadAsDollar() {
		TestWords words = new TestWords().confidence(0.8).at(57, 300, "Finanzbuchhaltung ($ 33 StBVV)").right(540, 300, "385,00")
			.at(300, 400, "Gesamtbetrag EUR").right(540, 400, "458,15");

		assertThat(extract(words).currency()).isEqualTo("EUR");
	}

	@Test
	void ignoresTheAccountOfADirectDebitSection() {
		TestWords words = new TestWords().size(12).at(60, 400, "SEPA-Lastschrift")
			.size(10).at(60, 418, "Mandatsreferenz:").at(200, 418, "M-2026-17")
			.at(60, 431, "IBAN:").at(200, 431, "DE02 1203 0000 0000 2020 51");

		assertThat(extract(words).sellerIban()).isNull();
	}

	@Test
	void readsNothingFromNoiseAndDoesNotFail() {
		Random random = new Random(7);
		List<Word> noise = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			noise.add(new Word(Long.toString(random.nextLong(), 36), random.nextDouble() * 600,
					random.nextDouble() * 840, random.nextDouble() * 80, random.nextDouble() * 12, random.nextDouble()));
		}
		noise.add(new Word("", 0, 0, 0, 0, 1));
		ExtractedInvoice.Builder builder = ExtractedInvoice.builder(DocumentKind.SCANNED_PDF);

		new InvoiceFieldExtractor().extract(List.of(new PageText(1, 0, 0, noise)), builder);
		new InvoiceFieldExtractor().extract(List.of(), builder);

		ExtractedInvoice invoice = builder.build();
		assertThat(invoice.invoiceNumber()).isNull();
		assertThat(invoice.sellerIban()).isNull();
		assertThat(invoice.issueDate()).isNull();
	}

	private static ExtractedInvoice extract(TestWords words) {
		ExtractedInvoice.Builder builder = ExtractedInvoice.builder(DocumentKind.SCANNED_PDF);
		new InvoiceFieldExtractor().extract(words.pages(), builder);
		return builder.build();
	}
}
