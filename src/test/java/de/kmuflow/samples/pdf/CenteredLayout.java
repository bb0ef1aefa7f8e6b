package de.kmuflow.samples.pdf;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import de.kmuflow.samples.model.Deduction;
import de.kmuflow.samples.model.Formats;
import de.kmuflow.samples.model.Party;
import de.kmuflow.samples.model.SampleInvoice;
import de.kmuflow.samples.model.TaxAmount;
import de.kmuflow.samples.model.Totals;

/**
 * Centred letterhead, a row of framed boxes with the label above each value, description as the first
 * table column, and tax-rate letters (A = 19 %, B = 7 %) as cash registers print them.
 */
public final class CenteredLayout implements InvoiceLayout {

	private static final double LEFT = 22;
	private static final double RIGHT = 190;
	private static final double BOTTOM = 262;
	private static final float SIZE = 9;
	private static final Color GREY = new Color(225, 225, 225);

	@Override
	public String description() {
		return "centred letterhead, boxed fields with label above value, "
				+ "table Bezeichnung | Menge | E-Preis | St. | Summe with tax letters A/B, "
				+ "two-column footer";
	}

	@Override
	public void draw(SampleInvoice invoice, PdfPainter p, FontSet fonts) throws IOException {
		Formats f = Formats.of(invoice);
		Party seller = invoice.seller();
		double center = (LEFT + RIGHT) / 2;
		p.textCenter(fonts.bold(), 20, center, 20, seller.name());
		p.textCenter(fonts.regular(), 8.5f, center, 26, seller.street() + " · " + seller.postalLine() + " · Tel. "
				+ seller.phone() + " · " + seller.email());
		p.line(LEFT, 29, RIGHT, 29, 0.8f);
		p.line(LEFT, 30, RIGHT, 30, 0.3f);

		if (invoice.buyer() != null) {
			p.text(fonts.regular(), 6.5f, LEFT, 45, seller.name() + ", " + seller.street() + ", " + seller.postalLine());
			ClassicLetterLayout.addressWindow(p, fonts, invoice.buyer(), 51);
		}
		if (seller.contactName() != null) {
			p.text(fonts.regular(), 8, 135, 51, "Ihr Kontakt:");
			p.text(fonts.regular(), 8, 135, 55, seller.contactName());
			p.text(fonts.regular(), 8, 135, 59, "Tel. " + seller.phone());
		}

		p.text(fonts.bold(), 16, LEFT, 86, invoice.title());
		boxes(p, fonts, invoice, f, 91);
		double y = 108;
		if (invoice.correctedInvoice() != null) {
			p.text(fonts.regular(), SIZE, LEFT, y, invoice.title() + " zu unserer Rechnung " + invoice.correctedInvoice());
			y += 6;
		}

		Totals totals = invoice.totals();
		boolean letters = totals.mixedRates();
		List<Table.Column> columns = new ArrayList<>();
		columns.add(Table.Column.wrapping("Bezeichnung", LEFT, letters ? 78 : 88, (i, l) -> l.description()));
		columns.add(Table.Column.of("Menge", 110, 14, Align.RIGHT, (i, l) -> f.quantity(l.quantity())));
		columns.add(Table.Column.of("E-Preis", 126, 22, Align.RIGHT, (i, l) -> f.price(l.unitPrice())));
		if (letters) {
			columns.add(Table.Column.of("St.", 150, 8, Align.CENTER, (i, l) -> letter(totals, l.taxRate())));
		}
		columns.add(Table.Column.of("Summe", 160, 30, Align.RIGHT, (i, l) -> f.money(l.amount())));
		Table table = new Table(columns, fonts, SIZE, 4.4).headerFill(GREY).headerRule(false).rowRules(true);
		y = table.draw(p, invoice.lines(), y, BOTTOM, (painter, carried) -> {
			painter.newPage();
			painter.textCenter(fonts.bold(), 11, center, 20, seller.name());
			painter.text(fonts.regular(), SIZE, LEFT, 28, invoice.title() + " " + invoice.number() + " – Fortsetzung");
			return 33;
		});

		List<String> terms = new ArrayList<>(PaymentTerms.german(invoice, 2));
		terms.addAll(invoice.notes());
		double needed = 12 + 5 * (3 + totals.byRate().size() + 2 * invoice.deductions().size()) + 9 * terms.size();
		if (y + needed > BOTTOM) {
			p.newPage();
			y = 30;
		}
		y += 6;
		row(p, fonts, false, "Zwischensumme", f.money(totals.net()), y);
		for (TaxAmount rate : totals.byRate()) {
			y += 5;
			String label = letters
					? "MwSt " + letter(totals, rate.rate()) + " " + f.rate(rate.rate()) + " % auf " + f.money(rate.net())
					: "zzgl. " + f.rate(rate.rate()) + " % MwSt";
			row(p, fonts, false, label, f.money(rate.tax()), y);
		}
		if (letters) {
			y += 5;
			row(p, fonts, false, "MwSt gesamt", f.money(totals.tax()), y);
		}
		y += 3;
		p.fillRect(120, y, RIGHT - 120, 7, GREY);
		y += 5;
		row(p, fonts, true, "Gesamtbetrag EUR", f.money(totals.gross()), y);
		for (Deduction deduction : invoice.deductions()) {
			y += 6;
			row(p, fonts, false, deduction.label(), f.money(deduction.amount().negate()), y);
		}
		if (!invoice.deductions().isEmpty()) {
			y += 5;
			row(p, fonts, true, "Zahlbetrag EUR", f.money(invoice.payable()), y);
		}
		if (letters) {
			y += 6;
			List<String> legend = new ArrayList<>();
			for (TaxAmount rate : totals.byRate()) {
				legend.add(letter(totals, rate.rate()) + " = " + f.rate(rate.rate()) + " %");
			}
			p.text(fonts.regular(), 7.5f, 120, y, "Steuersätze: " + String.join(", ", legend));
		}
		y += 10;
		for (String sentence : terms) {
			for (String line : p.wrap(fonts.regular(), SIZE, sentence, RIGHT - LEFT)) {
				p.text(fonts.regular(), SIZE, LEFT, y, line);
				y += 4.4;
			}
		}

		int pages = p.pageCount();
		for (int i = 0; i < pages; i++) {
			p.reopen(i);
			footer(p, fonts, seller);
			p.textCenter(fonts.regular(), 7.5f, center, 291, "Seite " + (i + 1) + " von " + pages);
		}
	}

	private static String letter(Totals totals, BigDecimal rate) {
		for (int i = 0; i < totals.byRate().size(); i++) {
			if (totals.byRate().get(i).rate().compareTo(rate) == 0) {
				return String.valueOf((char) ('A' + i));
			}
		}
		return "?";
	}

	private void boxes(PdfPainter p, FontSet fonts, SampleInvoice invoice, Formats f, double y) throws IOException {
		List<String[]> fields = new ArrayList<>();
		if (invoice.number() != null) {
			fields.add(new String[] {invoice.creditNote() ? "Gutschrift-Nr." : "Rechnungs-Nr.", invoice.number()});
		}
		fields.add(new String[] {"Datum", f.date(invoice.issueDate())});
		if (invoice.customerNumber() != null) {
			fields.add(new String[] {"Kunden-Nr.", invoice.customerNumber()});
		}
		if (invoice.deliveryDate() != null) {
			fields.add(new String[] {"Lieferdatum", f.date(invoice.deliveryDate())});
		}
		if (invoice.purchaseOrderReference() != null) {
			fields.add(new String[] {"Bestellnummer", invoice.purchaseOrderReference()});
		}
		if (invoice.buyerReference() != null) {
			fields.add(new String[] {"Ihr Zeichen", invoice.buyerReference()});
		}
		double width = (RIGHT - LEFT) / fields.size();
		for (int i = 0; i < fields.size(); i++) {
			double x = LEFT + i * width;
			p.strokeRect(x, y, width, 12, 0.4f);
			p.text(fonts.regular(), 7, x + 2, y + 4, fields.get(i)[0]);
			p.text(fonts.bold(), 9.5f, x + 2, y + 9.5, fields.get(i)[1]);
		}
	}

	private static void row(PdfPainter p, FontSet fonts, boolean bold, String label, String value, double y)
			throws IOException {
		p.text(bold ? fonts.bold() : fonts.regular(), SIZE, 122, y, label);
		p.textRight(bold ? fonts.bold() : fonts.regular(), SIZE, RIGHT - 1, y, value);
	}

	private static void footer(PdfPainter p, FontSet fonts, Party seller) throws IOException {
		float size = 7;
		double y = 271;
		p.line(LEFT, y - 4, RIGHT, y - 4, 0.3f);
		List<String> left = new ArrayList<>(List.of("Bankverbindung"));
		if (seller.iban() != null) {
			left.addAll(List.of(seller.bankName(), "IBAN " + Texts.ibanGroups(seller.iban()), "BIC " + seller.bic()));
		}
		List<String> right = new ArrayList<>(List.of("Steuerliche Angaben"));
		if (seller.vatId() != null) {
			right.add("USt-IdNr. " + seller.vatId());
		}
		if (seller.taxNumber() != null) {
			right.add("St.-Nr. " + seller.taxNumber());
		}
		right.add(Texts.orEmpty(seller.register()));
		for (int i = 0; i < left.size(); i++) {
			p.text(i == 0 ? fonts.bold() : fonts.regular(), size, LEFT + 20, y + i * 3.3, left.get(i));
		}
		for (int i = 0; i < right.size(); i++) {
			p.text(i == 0 ? fonts.bold() : fonts.regular(), size, 115, y + i * 3.3, right.get(i));
		}
	}
}
