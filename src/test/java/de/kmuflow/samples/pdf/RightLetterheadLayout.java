package de.kmuflow.samples.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import de.kmuflow.samples.model.Deduction;
import de.kmuflow.samples.model.Formats;
import de.kmuflow.samples.model.Party;
import de.kmuflow.samples.model.SampleInvoice;
import de.kmuflow.samples.model.TaxAmount;
import de.kmuflow.samples.model.Totals;

/**
 * A serif letter with the letterhead on the right, the issue date only as "Ort, den ..." beside the
 * address, "Label: value" pairs on single lines under the title, a tax-rate column in the table and a
 * centred footer line.
 */
public final class RightLetterheadLayout implements InvoiceLayout {

	private static final double LEFT = 20;
	private static final double RIGHT = 190;
	private static final double BOTTOM = 268;
	private static final float SIZE = 10;

	@Override
	public String description() {
		return "serif, letterhead top right, issue date only as \"Ort, den <date>\", "
				+ "one-line \"Label: value\" pairs, "
				+ "table Art.-Nr. | Bezeichnung | Menge | Preis | USt | Betrag, centred footer";
	}

	@Override
	public FontSet fonts(PDDocument document) {
		return FontSet.times();
	}

	@Override
	public void draw(SampleInvoice invoice, PdfPainter p, FontSet fonts) throws IOException {
		Formats f = Formats.of(invoice);
		Party seller = invoice.seller();
		p.textRight(fonts.bold(), 18, RIGHT, 22, seller.name());
		p.textRight(fonts.regular(), 9.5f, RIGHT, 28, seller.street() + ", " + seller.postalLine());
		p.textRight(fonts.regular(), 9.5f, RIGHT, 32.5, "Tel. " + seller.phone());
		p.textRight(fonts.regular(), 9.5f, RIGHT, 37, seller.email());
		p.line(LEFT, 42, RIGHT, 42, 0.5f);

		if (invoice.buyer() != null) {
			Party buyer = invoice.buyer();
			double y = 56;
			for (String line : new String[] {buyer.name(), buyer.contactName(), buyer.street(), buyer.postalLine()}) {
				if (line != null) {
					p.text(fonts.regular(), 11, LEFT, y, line);
					y += 5;
				}
			}
		}
		p.textRight(fonts.regular(), 11, RIGHT, 56, seller.city() + ", den " + f.date(invoice.issueDate()));

		double y = 92;
		p.text(fonts.bold(), 15, LEFT, y, invoice.title().toUpperCase(f.locale()));
		y += 8;
		List<String> pairs = new ArrayList<>();
		if (invoice.number() != null) {
			pairs.add("Rechnungsnummer: " + invoice.number());
		}
		if (invoice.correctedInvoice() != null) {
			pairs.add("Korrektur zu Rechnung: " + invoice.correctedInvoice());
		}
		if (invoice.deliveryDate() != null) {
			pairs.add("Leistungsdatum: " + f.date(invoice.deliveryDate()));
		}
		if (invoice.customerNumber() != null) {
			pairs.add("Kundennummer: " + invoice.customerNumber());
		}
		if (invoice.purchaseOrderReference() != null) {
			pairs.add("Bestellnummer: " + invoice.purchaseOrderReference());
		}
		if (invoice.buyerReference() != null) {
			pairs.add("Ihre Referenz: " + invoice.buyerReference());
		}
		for (String pair : pairs) {
			p.text(fonts.regular(), SIZE, LEFT, y, pair);
			y += 5;
		}
		y += 4;

		Table table = new Table(List.of(
				Table.Column.of("Art.-Nr.", LEFT, 20, Align.LEFT, (i, l) -> l.articleNo()),
				Table.Column.wrapping("Bezeichnung", 42, 68, (i, l) -> l.description()),
				Table.Column.of("Menge", 110, 18, Align.RIGHT, (i, l) -> f.quantity(l.quantity()) + " " + l.unit()),
				Table.Column.of("Preis", 130, 20, Align.RIGHT, (i, l) -> f.price(l.unitPrice())),
				Table.Column.of("USt", 151, 11, Align.RIGHT, (i, l) -> f.rate(l.taxRate()) + " %"),
				Table.Column.of("Betrag", 164, 26, Align.RIGHT, (i, l) -> f.money(l.amount()))), fonts, SIZE, 4.6);
		y = table.draw(p, invoice.lines(), y, BOTTOM - 8, (painter, carried) -> {
			painter.textRight(fonts.bold(), SIZE, 160, BOTTOM - 2, "Übertrag:");
			painter.textRight(fonts.bold(), SIZE, RIGHT, BOTTOM - 2, f.money(carried));
			painter.newPage();
			painter.text(fonts.regular(), 9, LEFT, 20, seller.name() + " · Rechnung " + invoice.number());
			painter.line(LEFT, 23, RIGHT, 23, 0.5f);
			painter.textRight(fonts.bold(), SIZE, 160, 30, "Übertrag:");
			painter.textRight(fonts.bold(), SIZE, RIGHT, 30, f.money(carried));
			return 34;
		});

		List<String> terms = new ArrayList<>(PaymentTerms.german(invoice, 1));
		terms.addAll(invoice.notes());
		Totals totals = invoice.totals();
		double needed = 10 + 5.5 * (2 + totals.byRate().size() + 2 * invoice.deductions().size()) + 10 * terms.size();
		if (y + needed > BOTTOM) {
			p.newPage();
			p.text(fonts.regular(), 9, LEFT, 20, seller.name() + " · Rechnung " + invoice.number());
			p.line(LEFT, 23, RIGHT, 23, 0.5f);
			y = 32;
		}
		y += 6;
		totalRow(p, fonts, "Summe netto", f.money(totals.net()), y, false);
		for (TaxAmount rate : totals.byRate()) {
			y += 5.5;
			totalRow(p, fonts, "USt " + f.rate(rate.rate()) + " % auf " + f.money(rate.net()), f.money(rate.tax()), y,
					false);
		}
		if (totals.mixedRates()) {
			y += 5.5;
			totalRow(p, fonts, "USt gesamt", f.money(totals.tax()), y, false);
		}
		p.line(130, y + 2, RIGHT, y + 2, 0.5f);
		y += 7;
		totalRow(p, fonts, "Gesamtbetrag EUR", f.money(totals.gross()), y, true);
		for (Deduction deduction : invoice.deductions()) {
			y += 5.5;
			totalRow(p, fonts, deduction.label(), f.money(deduction.amount().negate()), y, false);
		}
		if (!invoice.deductions().isEmpty()) {
			y += 5.5;
			totalRow(p, fonts, "Offener Betrag EUR", f.money(invoice.payable()), y, true);
		}
		y += 12;
		for (String sentence : terms) {
			for (String line : p.wrap(fonts.regular(), SIZE, sentence, RIGHT - LEFT)) {
				p.text(fonts.regular(), SIZE, LEFT, y, line);
				y += 4.8;
			}
		}

		int pages = p.pageCount();
		for (int i = 0; i < pages; i++) {
			p.reopen(i);
			footer(p, fonts, seller);
			if (pages > 1) {
				p.textRight(fonts.regular(), 9, RIGHT, 20, "Seite " + (i + 1) + "/" + pages);
			}
		}
	}

	private static void totalRow(PdfPainter p, FontSet fonts, String label, String value, double y, boolean bold)
			throws IOException {
		p.textRight(bold ? fonts.bold() : fonts.regular(), SIZE, 160, y, label);
		p.textRight(bold ? fonts.bold() : fonts.regular(), SIZE, RIGHT, y, value);
	}

	private static void footer(PdfPainter p, FontSet fonts, Party seller) throws IOException {
		double center = (LEFT + RIGHT) / 2;
		p.line(LEFT, 276, RIGHT, 276, 0.3f);
		p.textCenter(fonts.regular(), 7.5f, center, 280, seller.name() + " · " + seller.street() + " · "
				+ seller.postalLine() + " · " + seller.register() + " · Inhaber: " + seller.managingDirector());
		if (seller.iban() != null) {
			p.textCenter(fonts.regular(), 7.5f, center, 283.5, "Bankverbindung: " + seller.bankName() + " · IBAN: "
					+ Texts.ibanGroups(seller.iban()) + " · BIC: " + seller.bic());
		}
		List<String> tax = new ArrayList<>();
		if (seller.vatId() != null) {
			tax.add("USt-IdNr.: " + seller.vatId());
		}
		if (seller.taxNumber() != null) {
			tax.add("Steuernummer: " + seller.taxNumber());
		}
		p.textCenter(fonts.regular(), 7.5f, center, 287, String.join(" · ", tax));
	}
}
