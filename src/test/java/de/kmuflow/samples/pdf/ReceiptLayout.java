package de.kmuflow.samples.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import de.kmuflow.samples.model.Formats;
import de.kmuflow.samples.model.Line;
import de.kmuflow.samples.model.Party;
import de.kmuflow.samples.model.SampleInvoice;
import de.kmuflow.samples.model.TaxAmount;
import de.kmuflow.samples.model.Totals;

/**
 * A till receipt on an 80 mm roll: a small-amount invoice under §33 UStDV with gross prices, tax
 * letters and cash given / change, which are amounts a reader must not take for the total.
 */
public final class ReceiptLayout implements InvoiceLayout {

	private static final double WIDTH = 80;
	private static final double LEFT = 5;
	private static final double RIGHT = 75;
	private static final float SIZE = 8;
	private static final double LEADING = 3.6;

	private final boolean cash;
	private final String time;

	public ReceiptLayout(boolean cash, String time) {
		this.cash = cash;
		this.time = time;
	}

	@Override
	public String description() {
		return "till receipt, 80 mm wide, monospaced, gross prices with tax letters, cash given and change or card payment";
	}

	@Override
	public PDRectangle pageSize(SampleInvoice invoice) {
		double height = 78 + invoice.lines().size() * 2 * LEADING + invoice.totals().byRate().size() * LEADING;
		return new PDRectangle(mm(WIDTH), mm(height));
	}

	@Override
	public FontSet fonts(PDDocument document) {
		return FontSet.courier();
	}

	/** Receipts print no bank account, no due date and no recipient: the invoice must not carry them. */
	@Override
	public void draw(SampleInvoice invoice, PdfPainter p, FontSet fonts) throws IOException {
		if (invoice.seller().iban() != null || invoice.buyer() != null || invoice.dueDate() != null) {
			throw new IllegalArgumentException("a receipt cannot show bank account, recipient or due date");
		}
		Formats f = Formats.of(invoice);
		Party seller = invoice.seller();
		Totals totals = invoice.totals();
		double center = WIDTH / 2;
		double y = 8;
		p.textCenter(fonts.bold(), 10, center, y, seller.name());
		for (String line : new String[] {seller.street(), seller.postalLine(), "Tel. " + seller.phone(),
				seller.vatId() == null ? null : "USt-IdNr. " + seller.vatId(),
				seller.taxNumber() == null ? null : "St.-Nr. " + seller.taxNumber()}) {
			if (line != null) {
				y += LEADING;
				p.textCenter(fonts.regular(), SIZE, center, y, line);
			}
		}
		y = separator(p, fonts, y);
		p.text(fonts.regular(), SIZE, LEFT, y, f.date(invoice.issueDate()) + "  " + time);
		p.textRight(fonts.regular(), SIZE, RIGHT, y, "Kasse 02");
		y += LEADING;
		p.text(fonts.regular(), SIZE, LEFT, y, invoice.number() != null ? "Beleg-Nr. " + invoice.number() : "Bed. 05");
		y = separator(p, fonts, y);

		for (Line line : invoice.lines()) {
			if (line.quantity().compareTo(BigDecimal.ONE) != 0) {
				p.text(fonts.regular(), SIZE, LEFT + 3, y, f.quantity(line.quantity()) + " x " + f.price(line.unitPrice()));
				y += LEADING;
			}
			p.text(fonts.regular(), SIZE, LEFT, y, line.description());
			p.textRight(fonts.regular(), SIZE, RIGHT, y, f.money(line.amount()) + " " + letter(totals, line.taxRate()));
			y += LEADING;
		}
		y = separator(p, fonts, y - LEADING);
		y += 1;
		p.text(fonts.bold(), 10, LEFT, y, "SUMME EUR");
		p.textRight(fonts.bold(), 10, RIGHT, y, f.money(totals.gross()));
		y += LEADING + 1.5;
		if (cash) {
			BigDecimal given = totals.gross().divide(BigDecimal.TEN, 0, RoundingMode.UP).multiply(BigDecimal.TEN)
					.max(BigDecimal.valueOf(20)).setScale(2);
			p.text(fonts.regular(), SIZE, LEFT, y, "Gegeben BAR");
			p.textRight(fonts.regular(), SIZE, RIGHT, y, f.money(given));
			y += LEADING;
			p.text(fonts.regular(), SIZE, LEFT, y, "Rückgeld");
			p.textRight(fonts.regular(), SIZE, RIGHT, y, f.money(given.subtract(totals.gross())));
		}
		else {
			p.text(fonts.regular(), SIZE, LEFT, y, "girocard");
			p.textRight(fonts.regular(), SIZE, RIGHT, y, f.money(totals.gross()));
		}
		y = separator(p, fonts, y);

		if (invoice.netTotalShown()) {
			p.text(fonts.regular(), SIZE, LEFT, y, "MwSt");
			p.textRight(fonts.regular(), SIZE, 39, y, "Netto");
			p.textRight(fonts.regular(), SIZE, 55, y, "MwSt");
			p.textRight(fonts.regular(), SIZE, RIGHT, y, "Brutto");
			for (TaxAmount rate : totals.byRate()) {
				y += LEADING;
				p.text(fonts.regular(), SIZE, LEFT, y, String.format("%s %3s%%", letter(totals, rate.rate()), f.rate(rate.rate())));
				p.textRight(fonts.regular(), SIZE, 39, y, f.money(rate.net()));
				p.textRight(fonts.regular(), SIZE, 55, y, f.money(rate.tax()));
				p.textRight(fonts.regular(), SIZE, RIGHT, y, f.money(rate.gross()));
			}
		}
		else {
			for (TaxAmount rate : totals.byRate()) {
				String label = letter(totals, rate.rate()) + " = " + f.rate(rate.rate()) + " % MwSt";
				if (invoice.taxShown()) {
					p.text(fonts.regular(), SIZE, LEFT, y, "enth. " + label);
					p.textRight(fonts.regular(), SIZE, RIGHT, y, f.money(rate.tax()));
				}
				else {
					p.text(fonts.regular(), SIZE, LEFT, y, label);
				}
				y += LEADING;
			}
		}
		y += LEADING * 2;
		p.textCenter(fonts.regular(), SIZE, center, y, "Vielen Dank für Ihren Einkauf!");
	}

	private static double separator(PdfPainter p, FontSet fonts, double y) throws IOException {
		p.text(fonts.regular(), SIZE, LEFT, y + LEADING, "-".repeat(41));
		return y + 2 * LEADING;
	}

	private static String letter(Totals totals, BigDecimal rate) {
		for (int i = 0; i < totals.byRate().size(); i++) {
			if (totals.byRate().get(i).rate().compareTo(rate) == 0) {
				return String.valueOf((char) ('A' + i));
			}
		}
		return "?";
	}

	private static float mm(double mm) {
		return (float) (mm * 72 / 25.4);
	}
}
