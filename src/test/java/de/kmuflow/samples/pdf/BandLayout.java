package de.kmuflow.samples.pdf;

import java.awt.Color;
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
 * A modern invoice from a web tool: big title top left, sender small on the right, a coloured band of
 * fields with the label above the value, striped table rows, totals in a box. Embedded TrueType font.
 */
public final class BandLayout implements InvoiceLayout {

	private static final double LEFT = 20;
	private static final double RIGHT = 190;
	private static final double BOTTOM = 258;
	private static final float SIZE = 9;
	private static final Color BAND = new Color(222, 230, 240);
	private static final Color STRIPE = new Color(245, 245, 245);
	private static final Color LABEL = new Color(90, 90, 90);

	@Override
	public String description() {
		return "modern: big title top left, sender top right, "
				+ "shaded band with label-above-value fields (Beleg-Nr., Rechnungsdatum, "
				+ "Leistungsdatum, Zahlungsziel), "
				+ "striped table Pos | Beschreibung | Anzahl | Einzelpreis | Gesamtpreis, boxed totals, "
				+ "embedded TrueType font";
	}

	@Override
	public FontSet fonts(PDDocument document) throws IOException {
		return FontSet.embedded(document);
	}

	@Override
	public void draw(SampleInvoice invoice, PdfPainter p, FontSet fonts) throws IOException {
		Formats f = Formats.of(invoice);
		Party seller = invoice.seller();
		p.text(fonts.bold(), 26, LEFT, 30, invoice.title());
		double y = 16;
		p.textRight(fonts.bold(), 10, RIGHT, y, seller.name());
		for (String line : new String[] {seller.street(), seller.postalLine(), seller.phone(), seller.email()}) {
			y += 4.3;
			p.textRight(fonts.regular(), 8.5f, RIGHT, y, line);
		}

		p.fillRect(0, 44, p.pageWidth(), 18, BAND);
		List<String[]> band = new ArrayList<>();
		if (invoice.number() != null) {
			band.add(new String[] {"Beleg-Nr.", invoice.number()});
		}
		band.add(new String[] {"Rechnungsdatum", f.date(invoice.issueDate())});
		if (invoice.deliveryDate() != null) {
			band.add(new String[] {"Leistungsdatum", f.date(invoice.deliveryDate())});
		}
		if (invoice.dueDate() != null) {
			band.add(new String[] {"Zahlungsziel", f.date(invoice.dueDate())});
		}
		labelAbove(p, fonts, band, 50, (RIGHT - LEFT) / 4);

		if (invoice.buyer() != null) {
			Party buyer = invoice.buyer();
			p.color(LABEL);
			p.text(fonts.regular(), 7.5f, LEFT, 72, "Rechnungsempfänger");
			p.color(Color.BLACK);
			p.text(fonts.bold(), 10, LEFT, 77, buyer.name());
			double by = 81.5;
			for (String line : new String[] {buyer.contactName(), buyer.street(), buyer.postalLine()}) {
				if (line != null) {
					p.text(fonts.regular(), 9.5f, LEFT, by, line);
					by += 4.3;
				}
			}
		}
		List<String[]> references = new ArrayList<>();
		if (invoice.buyerReference() != null) {
			references.add(new String[] {"Ihre Referenz", invoice.buyerReference()});
		}
		if (invoice.purchaseOrderReference() != null) {
			references.add(new String[] {"Bestellnummer", invoice.purchaseOrderReference()});
		}
		if (invoice.customerNumber() != null) {
			references.add(new String[] {"Kundennummer", invoice.customerNumber()});
		}
		if (invoice.correctedInvoice() != null) {
			references.add(new String[] {"Bezug: Rechnung", invoice.correctedInvoice()});
		}
		double ry = 72;
		for (String[] reference : references) {
			p.color(LABEL);
			p.text(fonts.regular(), 7.5f, 125, ry, reference[0]);
			p.color(Color.BLACK);
			p.text(fonts.bold(), 9.5f, 125, ry + 4.5, reference[1]);
			ry += 10;
		}

		y = Math.max(100, ry + 4);
		Table table = new Table(List.of(
				Table.Column.of("Pos", LEFT, 9, Align.LEFT, (i, l) -> String.valueOf(i)),
				Table.Column.wrapping("Beschreibung", 30, 84, (i, l) -> l.description()),
				Table.Column.of("Anzahl", 114, 20, Align.RIGHT, (i, l) -> f.quantity(l.quantity()) + " " + l.unit()),
				Table.Column.of("Einzelpreis", 136, 25, Align.RIGHT, (i, l) -> f.price(l.unitPrice()) + " €"),
				Table.Column.of("Gesamtpreis", 163, 27, Align.RIGHT, (i, l) -> f.money(l.amount()) + " €")),
				fonts, SIZE, 4.5).headerFill(BAND).headerRule(false).zebra(STRIPE);
		y = table.draw(p, invoice.lines(), y, BOTTOM, (painter, carried) -> {
			painter.textRight(fonts.regular(), SIZE, 160, BOTTOM + 4, "Zwischensumme Seite " + painter.pageNumber());
			painter.textRight(fonts.regular(), SIZE, RIGHT, BOTTOM + 4, f.money(carried) + " €");
			painter.newPage();
			painter.text(fonts.bold(), 14, LEFT, 22, invoice.title() + " " + Texts.orEmpty(invoice.number()));
			painter.textRight(fonts.regular(), SIZE, RIGHT, 22, seller.name());
			return 30;
		});

		Totals totals = invoice.totals();
		List<String> terms = new ArrayList<>(PaymentTerms.german(invoice, 0));
		terms.addAll(invoice.notes());
		double boxHeight = 6 + 5.5 * (2 + totals.byRate().size() + (totals.mixedRates() ? 1 : 0)
				+ 2 * invoice.deductions().size());
		if (y + boxHeight + 10 + 9 * terms.size() > BOTTOM) {
			p.newPage();
			p.text(fonts.bold(), 14, LEFT, 22, invoice.title() + " " + Texts.orEmpty(invoice.number()));
			y = 30;
		}
		y += 5;
		double box = y;
		p.strokeRect(115, box, RIGHT - 115, boxHeight, 0.5f);
		y += 6;
		row(p, fonts, false, "Zwischensumme", f.money(totals.net()) + " €", y);
		for (TaxAmount rate : totals.byRate()) {
			y += 5.5;
			String base = totals.mixedRates() ? " auf " + f.money(rate.net()) : "";
			row(p, fonts, false, "MwSt " + f.rate(rate.rate()) + " %" + base, f.money(rate.tax()) + " €", y);
		}
		if (totals.mixedRates()) {
			y += 5.5;
			row(p, fonts, false, "MwSt gesamt", f.money(totals.tax()) + " €", y);
		}
		y += 2;
		p.fillRect(115, y, RIGHT - 115, 7, BAND);
		y += 5;
		row(p, fonts, true, "Gesamtbetrag", f.money(totals.gross()) + " €", y);
		for (Deduction deduction : invoice.deductions()) {
			y += 5.5;
			row(p, fonts, false, deduction.label(), f.money(deduction.amount().negate()) + " €", y);
		}
		if (!invoice.deductions().isEmpty()) {
			y += 5.5;
			row(p, fonts, true, "Zahlbetrag", f.money(invoice.payable()) + " €", y);
		}
		y = box + boxHeight + 8;
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
			p.textRight(fonts.regular(), 7, RIGHT, 292, (i + 1) + " / " + pages);
		}
	}

	private static void labelAbove(PdfPainter p, FontSet fonts, List<String[]> fields, double y, double width)
			throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			double x = LEFT + i * width;
			p.color(LABEL);
			p.text(fonts.regular(), 7.5f, x, y, fields.get(i)[0]);
			p.color(Color.BLACK);
			p.text(fonts.bold(), 10.5f, x, y + 5.5, fields.get(i)[1]);
		}
	}

	private static void row(PdfPainter p, FontSet fonts, boolean bold, String label, String value, double y)
			throws IOException {
		p.text(bold ? fonts.bold() : fonts.regular(), SIZE, 119, y, label);
		p.textRight(bold ? fonts.bold() : fonts.regular(), SIZE, RIGHT - 3, y, value);
	}

	private static void footer(PdfPainter p, FontSet fonts, Party seller) throws IOException {
		float size = 6.8f;
		double y = 274;
		p.line(LEFT, y - 4, RIGHT, y - 4, 0.3f);
		columns(p, fonts, size, LEFT, 40, y, seller.name(), seller.street(), seller.postalLine());
		columns(p, fonts, size, 62, 40, y, Texts.orEmpty(seller.register()), "Geschäftsführung:",
				Texts.orEmpty(seller.managingDirector()));
		if (seller.iban() != null) {
			columns(p, fonts, size, 104, 48, y, seller.bankName(), "IBAN " + Texts.ibanGroups(seller.iban()),
					"BIC " + seller.bic());
		}
		List<String> tax = new ArrayList<>();
		if (seller.vatId() != null) {
			tax.add("USt-IdNr. " + seller.vatId());
		}
		if (seller.taxNumber() != null) {
			tax.add("Steuernummer " + seller.taxNumber());
		}
		columns(p, fonts, size, 154, 36, y, tax.toArray(String[]::new));
	}

	/** Footer column; long register entries wrap instead of running into the next column. */
	private static void columns(PdfPainter p, FontSet fonts, float size, double x, double width, double y,
			String... lines)
			throws IOException {
		List<String> wrapped = new ArrayList<>();
		for (String line : lines) {
			wrapped.addAll(p.wrap(fonts.regular(), size, Texts.orEmpty(line), width));
		}
		for (String line : wrapped) {
			p.text(fonts.regular(), size, x, y, line);
			y += 3.2;
		}
	}
}
