package de.kmuflow.samples.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import de.kmuflow.samples.model.Deduction;
import de.kmuflow.samples.model.Formats;
import de.kmuflow.samples.model.Party;
import de.kmuflow.samples.model.SampleInvoice;
import de.kmuflow.samples.model.TaxAmount;
import de.kmuflow.samples.model.Totals;

/**
 * A DIN 5008 business letter: letterhead top left, address window, an info block of label/value
 * rows on the right, a seven-column table and a four-column footer with bank and tax data.
 */
public final class ClassicLetterLayout implements InvoiceLayout {

	private static final double LEFT = 20;
	private static final double RIGHT = 190;
	private static final double BOTTOM = 262;
	private static final float SIZE = 9;

	@Override
	public String description() {
		return "DIN 5008 letter: letterhead top left, info block right (label | value rows), "
				+ "table Pos | Art.-Nr. | Bezeichnung | Menge | Einheit | Einzelpreis | Gesamt, "
				+ "four-column footer";
	}

	@Override
	public void draw(SampleInvoice invoice, PdfPainter p, FontSet fonts) throws IOException {
		Formats f = Formats.of(invoice);
		Party seller = invoice.seller();
		letterhead(p, fonts, seller);
		if (invoice.buyer() != null) {
			p.text(fonts.regular(), 6.5f, LEFT, 48, seller.name() + " · " + seller.street() + " · " + seller.postalLine());
			p.line(LEFT, 49, LEFT + 85, 49, 0.3f);
			addressWindow(p, fonts, invoice.buyer(), 55);
		}
		infoBlock(p, fonts, invoice, f);

		double y = 100;
		p.text(fonts.bold(), 13, LEFT, y, invoice.title());
		if (invoice.correctedInvoice() != null) {
			y += 5;
			p.text(fonts.regular(), SIZE, LEFT, y, "zu Rechnung Nr. " + invoice.correctedInvoice());
		}
		y += 9;
		p.text(fonts.regular(), SIZE, LEFT, y, "Sehr geehrte Damen und Herren,");
		y += 4.5;
		p.text(fonts.regular(), SIZE, LEFT, y, invoice.creditNote()
				? "wir schreiben Ihnen folgende Positionen gut:"
				: "für unsere Lieferungen und Leistungen berechnen wir Ihnen:");
		y += 5;

		Table table = new Table(List.of(
				Table.Column.of("Pos", LEFT, 8, Align.LEFT, (i, l) -> String.valueOf(i)),
				Table.Column.of("Art.-Nr.", 29, 20, Align.LEFT, (i, l) -> l.articleNo()),
				Table.Column.wrapping("Bezeichnung", 51, 64, (i, l) -> l.description()),
				Table.Column.of("Menge", 115, 15, Align.RIGHT, (i, l) -> f.quantity(l.quantity())),
				Table.Column.of("Einheit", 133, 12, Align.LEFT, (i, l) -> l.unit()),
				Table.Column.of("Einzelpreis €", 145, 22, Align.RIGHT, (i, l) -> f.price(l.unitPrice())),
				Table.Column.of("Gesamt €", 168, 22, Align.RIGHT, (i, l) -> f.money(l.amount()))), fonts, SIZE, 4.3);
		y = table.draw(p, invoice.lines(), y, BOTTOM, (painter, carried) -> {
			painter.text(fonts.bold(), SIZE, 120, BOTTOM + 4, "Übertrag");
			painter.textRight(fonts.bold(), SIZE, RIGHT, BOTTOM + 4, f.money(carried));
			painter.newPage();
			double top = continuation(painter, fonts, invoice, f);
			painter.text(fonts.bold(), SIZE, 120, top, "Übertrag");
			painter.textRight(fonts.bold(), SIZE, RIGHT, top, f.money(carried));
			return top + 4;
		});

		List<String> terms = new ArrayList<>(PaymentTerms.german(invoice, 0));
		terms.addAll(invoice.notes());
		double needed = 8 + 5 * (3 + invoice.totals().byRate().size() + 2 * invoice.deductions().size())
				+ 4.5 * terms.size() * 2;
		if (y + needed > BOTTOM) {
			p.newPage();
			y = continuation(p, fonts, invoice, f) + 4;
		}
		y = totals(p, fonts, invoice, f, y + 3);
		y += 8;
		for (String sentence : terms) {
			for (String line : p.wrap(fonts.regular(), SIZE, sentence, RIGHT - LEFT)) {
				p.text(fonts.regular(), SIZE, LEFT, y, line);
				y += 4.3;
			}
		}
		y += 4;
		p.text(fonts.regular(), SIZE, LEFT, y, "Mit freundlichen Grüßen");
		p.text(fonts.regular(), SIZE, LEFT, y + 4.5, seller.name());

		int pages = p.pageCount();
		for (int i = 0; i < pages; i++) {
			p.reopen(i);
			footer(p, fonts, seller);
			if (pages > 1) {
				p.textRight(fonts.regular(), 7.5f, RIGHT, 290, "Seite " + (i + 1) + " von " + pages);
			}
		}
	}

	private void letterhead(PdfPainter p, FontSet fonts, Party seller) throws IOException {
		p.text(fonts.bold(), 16, LEFT, 20, seller.name());
		p.text(fonts.regular(), 8.5f, LEFT, 26, seller.street() + " · " + seller.postalLine());
		p.text(fonts.regular(), 8.5f, LEFT, 30.5, "Telefon " + seller.phone() + " · " + seller.email());
		p.line(LEFT, 34, RIGHT, 34, 0.8f);
	}

	static void addressWindow(PdfPainter p, FontSet fonts, Party buyer, double y) throws IOException {
		p.text(fonts.regular(), 10, LEFT, y, buyer.name());
		y += 4.6;
		if (buyer.contactName() != null) {
			p.text(fonts.regular(), 10, LEFT, y, "z. Hd. " + buyer.contactName());
			y += 4.6;
		}
		p.text(fonts.regular(), 10, LEFT, y, buyer.street());
		p.text(fonts.regular(), 10, LEFT, y + 4.6, buyer.postalLine());
	}

	private void infoBlock(PdfPainter p, FontSet fonts, SampleInvoice invoice, Formats f) throws IOException {
		List<String[]> rows = new ArrayList<>();
		if (invoice.number() != null) {
			rows.add(new String[] {invoice.creditNote() ? "Beleg-Nr." : "Rechnungs-Nr.", invoice.number()});
		}
		rows.add(new String[] {"Datum", f.date(invoice.issueDate())});
		if (invoice.deliveryDate() != null) {
			rows.add(new String[] {"Lieferdatum", f.date(invoice.deliveryDate())});
		}
		if (invoice.customerNumber() != null) {
			rows.add(new String[] {"Kunden-Nr.", invoice.customerNumber()});
		}
		if (invoice.purchaseOrderReference() != null) {
			rows.add(new String[] {"Ihre Bestellung", invoice.purchaseOrderReference()});
		}
		if (invoice.buyerReference() != null) {
			rows.add(new String[] {"Ihr Zeichen", invoice.buyerReference()});
		}
		if (invoice.deliveryNoteNumber() != null) {
			rows.add(new String[] {"Lieferschein", invoice.deliveryNoteNumber()});
		}
		double y = 55;
		for (String[] row : rows) {
			p.text(fonts.regular(), SIZE, 125, y, row[0]);
			p.text(fonts.regular(), SIZE, 153, y, row[1]);
			y += 4.5;
		}
	}

	private double continuation(PdfPainter p, FontSet fonts, SampleInvoice invoice, Formats f) throws IOException {
		p.text(fonts.bold(), 10, LEFT, 20, invoice.seller().name());
		p.text(fonts.regular(), SIZE, LEFT, 25, invoice.title() + " " + invoice.number() + " vom "
				+ f.date(invoice.issueDate()) + " (Fortsetzung)");
		p.line(LEFT, 28, RIGHT, 28, 0.5f);
		return 35;
	}

	private double totals(PdfPainter p, FontSet fonts, SampleInvoice invoice, Formats f, double y) throws IOException {
		Totals totals = invoice.totals();
		p.line(120, y, RIGHT, y, 0.5f);
		y += 5;
		row(p, fonts.regular(), "Nettobetrag", f.money(totals.net()) + " €", y);
		for (TaxAmount rate : totals.byRate()) {
			y += 5;
			String label = totals.mixedRates()
					? "zzgl. " + f.rate(rate.rate()) + " % USt auf " + f.money(rate.net())
					: "zzgl. " + f.rate(rate.rate()) + " % USt";
			row(p, fonts.regular(), label, f.money(rate.tax()) + " €", y);
		}
		if (totals.mixedRates()) {
			y += 5;
			row(p, fonts.regular(), "Summe USt", f.money(totals.tax()) + " €", y);
		}
		y += 2;
		p.line(120, y, RIGHT, y, 0.5f);
		y += 5;
		row(p, fonts.bold(), "Rechnungsbetrag", f.money(totals.gross()) + " €", y);
		for (Deduction deduction : invoice.deductions()) {
			y += 5;
			row(p, fonts.regular(), "abzgl. " + deduction.label(), f.money(deduction.amount().negate()) + " €", y);
		}
		if (!invoice.deductions().isEmpty()) {
			y += 5;
			row(p, fonts.bold(), "Zahlbetrag", f.money(invoice.payable()) + " €", y);
		}
		y += 1.5;
		p.line(120, y, RIGHT, y, 0.5f);
		p.line(120, y + 0.8, RIGHT, y + 0.8, 0.5f);
		return y;
	}

	private static void row(PdfPainter p, org.apache.pdfbox.pdmodel.font.PDFont font, String label, String value, double y)
			throws IOException {
		p.text(font, SIZE, 120, y, label);
		p.textRight(font, SIZE, RIGHT, y, value);
	}

	private void footer(PdfPainter p, FontSet fonts, Party seller) throws IOException {
		float size = 6.8f;
		double y = 272;
		p.line(LEFT, y - 3, RIGHT, y - 3, 0.3f);
		column(p, fonts, size, LEFT, 40, y, seller.name(), seller.street(), seller.postalLine());
		column(p, fonts, size, 64, 40, y, "Geschäftsführung: " + seller.managingDirector(), seller.register(),
				seller.email());
		if (seller.iban() != null) {
			column(p, fonts, size, 108, 46, y, seller.bankName(), "IBAN " + Texts.ibanGroups(seller.iban()),
					"BIC " + seller.bic());
		}
		List<String> tax = new ArrayList<>();
		if (seller.vatId() != null) {
			tax.add("USt-IdNr. " + seller.vatId());
		}
		if (seller.taxNumber() != null) {
			tax.add("Steuernr. " + seller.taxNumber());
		}
		column(p, fonts, size, 156, 34, y, tax.toArray(String[]::new));
	}

	/** Footer column; long register entries wrap instead of running into the next column. */
	private static void column(PdfPainter p, FontSet fonts, float size, double x, double width, double y,
			String... lines)
			throws IOException {
		List<String> wrapped = new ArrayList<>();
		for (String line : lines) {
			wrapped.addAll(p.wrap(fonts.regular(), size, Texts.orEmpty(line), width));
		}
		for (String line : wrapped) {
			p.text(fonts.regular(), size, x, y, Texts.orEmpty(line));
			y += 3.2;
		}
	}
}
