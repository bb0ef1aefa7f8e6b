package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelLexiconTest {

	private final LabelLexicon lexicon = new LabelLexicon();

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = {
			"Rechnungsnummer:;INVOICE_NUMBER", "Rechnungs-Nr.:;INVOICE_NUMBER", "Rechnungsnr;INVOICE_NUMBER",
			"Re.-Nr.;INVOICE_NUMBER", "Invoice No.;INVOICE_NUMBER", "Invoice #;INVOICE_NUMBER",
			"N° de facture;INVOICE_NUMBER", "Factuurnummer;INVOICE_NUMBER", "Rechnungsdatum;ISSUE_DATE",
			"Invoice Date:;ISSUE_DATE", "Lieferdatum;DELIVERY_DATE", "Leistungsdatum:;DELIVERY_DATE",
			"fällig am;DUE_DATE", "Zahlbar bis;DUE_DATE", "Due date;DUE_DATE", "USt-IdNr.:;VAT_ID", "UID-Nr.;VAT_ID",
			"VAT Reg. No.;VAT_ID", "Steuernummer;TAX_NUMBER", "St.-Nr.;TAX_NUMBER", "Summe netto;NET_TOTAL",
			"Zwischensumme;NET_TOTAL", "Subtotal;NET_TOTAL", "zzgl. MwSt.;TAX_TOTAL", "Umsatzsteuer;TAX_TOTAL",
			"Gesamtbetrag;GROSS_TOTAL", "Rechnungsbetrag;GROSS_TOTAL", "Total incl. VAT;GROSS_TOTAL",
			"Zahlbetrag;PAYABLE", "Amount due;PAYABLE", "Ihre Bestellnummer;PURCHASE_ORDER", "PO Number;PURCHASE_ORDER",
			"Leitweg-ID;BUYER_REFERENCE", "Kunden-Nr.;OTHER_REFERENCE", "Skonto;CASH_DISCOUNT" })
	void knowsTheUsualLabels(String printed, LabelKind kind) {
		assertThat(lexicon.find(TestWords.line(printed))).extracting(LabelHit::kind).containsExactly(kind);
	}

	@Test
	void prefersTheLongestLabel() {
		List<LabelHit> hits = lexicon.find(TestWords.line("Lieferdatum Rechnungsbetrag netto"));

		assertThat(hits).extracting(LabelHit::kind).containsExactly(LabelKind.DELIVERY_DATE, LabelKind.NET_TOTAL);
	}

	@Test
	void findsLabelsSplitOverWordsAndTheirWords() {
		List<LabelHit> hits = lexicon.find(TestWords.line("Rechnungs Nr. 2026-1"));

		assertThat(hits).singleElement().satisfies(hit -> {
			assertThat(hit.kind()).isEqualTo(LabelKind.INVOICE_NUMBER);
			assertThat(hit.firstWord()).isZero();
			assertThat(hit.lastWord()).isEqualTo(1);
		});
	}

	@Test
	void readsLabelsWithOcrTyposOnScansOnly() {
		assertThat(lexicon.find(ocrLine("Rechnungsnurnmer 4711"))).extracting(LabelHit::kind)
			.containsExactly(LabelKind.INVOICE_NUMBER);
		assertThat(lexicon.find(ocrLine("Gesamtbetrog"))).extracting(LabelHit::kind).containsExactly(LabelKind.GROSS_TOTAL);
		// a text layer has no misreads: "Ausstellungsraum" is a room, not a misread "Ausstellungsdatum"
		assertThat(lexicon.find(TestWords.line("Ausstellungsraum"))).isEmpty();
	}

	@Test
	void readsAnUmlautWhoseDotsOcrLostAsAFullLabel() {
		List<LabelHit> hits = lexicon.find(ocrLine("Kaufer/Leistungsempfanger"));

		assertThat(hits).extracting(LabelHit::kind).containsOnly(LabelKind.BUYER_PARTY);
		assertThat(hits).extracting(LabelHit::strength).allMatch(strength -> strength >= 0.9);
	}

	@Test
	void takesZuAbschlagForAnAllowanceColumnNotForAPrepayment() {
		assertThat(lexicon.find(TestWords.line("Warenwert Zu-/Abschlag Nettobetrag"))).extracting(LabelHit::kind)
			.doesNotContain(LabelKind.PREPAID);
	}

	private static Line ocrLine(String text) {
		return new TestWords().confidence(0.9).at(50, 100, text).lines().get(0);
	}

	@Test
	void seesNoLabelInsideAReference() {
		assertThat(lexicon.find(TestWords.line("PO-99812"))).isEmpty();
	}

	@Test
	void takesUnknownTextBeforeAColonAsALabel() {
		assertThat(lexicon.find(TestWords.line("Projektleitung: Frau Meier"))).singleElement()
			.satisfies(hit -> assertThat(hit.kind()).isEqualTo(LabelKind.OTHER));
	}
}
