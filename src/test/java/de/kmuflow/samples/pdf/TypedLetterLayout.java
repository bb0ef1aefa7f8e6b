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
 * A craftsman's invoice from a simple word processor: monospaced, no footer, the tax number at the top
 * right, "Beleg-Nr." and dates on shared lines, long descriptions that wrap, bank details at the end.
 */
public final class TypedLetterLayout implements InvoiceLayout {

	private static final double LEFT = 20;
	private static final double RIGHT = 190;
	private static final double BOTTOM = 275;
	private static final float SIZE = 9;

	@Override
	public String description() {
		return "monospaced craftsman letter: tax number top right, "
				+ "\"Beleg-Nr.\" and \"Datum\" on one line, wrapped long descriptions, "
				+ "table Pos | Menge | Einh. | Bezeichnung | EP | GP, bank details in the closing text";
	}

	@Override
	public FontSet fonts(PDDocument document) {
		return FontSet.courier();
	}

	@Override
	public void draw(SampleInvoice invoice, PdfPainter p, FontSet fonts) throws IOException {
		Formats f = Formats.of(invoice);
		Party seller = invoice.seller();
		p.text(fonts.bold(), 13, LEFT, 20, seller.name());
		p.text(fonts.regular(), SIZE, LEFT, 25, seller.street());
		p.text(fonts.regular(), SIZE, LEFT, 29, seller.postalLine());
		p.text(fonts.regular(), SIZE, LEFT, 33, "Tel. " + seller.phone());
		if (seller.taxNumber() != null) {
			p.textRight(fonts.regular(), SIZE, RIGHT, 20, "Steuer-Nr. " + seller.taxNumber());
		}
		if (seller.vatId() != null) {
			p.textRight(fonts.regular(), SIZE, RIGHT, 24, "USt-IdNr. " + Texts.vatIdSpaced(seller.vatId()));
		}
		p.textRight(fonts.regular(), SIZE, RIGHT, 28, seller.email());

		double y = 50;
		if (invoice.buyer() != null) {
			Party buyer = invoice.buyer();
			for (String line : new String[] {buyer.name(), buyer.contactName(), buyer.street(), buyer.postalLine()}) {
				if (line != null) {
					p.text(fonts.regular(), 10, LEFT, y, line);
					y += 4.5;
				}
			}
		}

		y = 82;
		if (invoice.number() != null) {
			p.text(fonts.regular(), SIZE, LEFT, y, "Beleg-Nr.: " + invoice.number());
		}
		p.text(fonts.regular(), SIZE, 115, y, "Datum: " + f.date(invoice.issueDate()));
		y += 4.5;
		if (invoice.deliveryDate() != null) {
			p.text(fonts.regular(), SIZE, LEFT, y, "Lieferdatum: " + f.date(invoice.deliveryDate()));
		}
		if (invoice.customerNumber() != null) {
			p.text(fonts.regular(), SIZE, 115, y, "Kd.-Nr.: " + invoice.customerNumber());
		}
		y += 4.5;
		if (invoice.purchaseOrderReference() != null) {
			p.text(fonts.regular(), SIZE, LEFT, y, "Ihr Auftrag: " + invoice.purchaseOrderReference());
			y += 4.5;
		}
		if (invoice.buyerReference() != null) {
			p.text(fonts.regular(), SIZE, LEFT, y, "Ihr Zeichen: " + invoice.buyerReference());
			y += 4.5;
		}
		y += 5;
		p.text(fonts.bold(), 12, LEFT, y, invoice.title().toUpperCase(f.locale()));
		y += 4;

		Table table = new Table(List.of(
				Table.Column.of("Pos", LEFT, 9, Align.LEFT, (i, l) -> String.valueOf(i)),
				Table.Column.of("Menge", 28, 15, Align.RIGHT, (i, l) -> f.quantity(l.quantity())),
				Table.Column.of("Einh.", 45, 15, Align.LEFT, (i, l) -> l.unit()),
				Table.Column.wrapping("Bezeichnung", 61, 71, (i, l) -> l.description()),
				Table.Column.of("EP", 132, 26, Align.RIGHT, (i, l) -> f.price(l.unitPrice())),
				Table.Column.of("GP", 160, 30, Align.RIGHT, (i, l) -> f.money(l.amount()))), fonts, SIZE, 4.4);
		y = table.draw(p, invoice.lines(), y, BOTTOM - 10, (painter, carried) -> {
			painter.text(fonts.regular(), SIZE, LEFT, BOTTOM - 4, "Fortsetzung auf Seite " + (painter.pageNumber() + 1));
			painter.newPage();
			return 20;
		});

		Totals totals = invoice.totals();
		List<String> closing = new ArrayList<>(invoice.notes());
		closing.addAll(PaymentTerms.german(invoice, 2));
		if (seller.iban() != null) {
			// bank name on its own line, so the IBAN never breaks across lines
			closing.add("Bankverbindung: " + seller.bankName());
			closing.add("IBAN " + Texts.ibanGroups(seller.iban()) + "   BIC " + seller.bic());
		}
		double needed = 10 + 5 * (3 + totals.byRate().size() + 2 * invoice.deductions().size()) + 9 * closing.size();
		if (y + needed > BOTTOM) {
			p.newPage();
			y = 20;
		}
		p.line(110, y + 1, RIGHT, y + 1, 0.5f);
		y += 6;
		row(p, fonts, false, "Summe netto", f.money(totals.net()), y);
		for (TaxAmount rate : totals.byRate()) {
			y += 4.8;
			String base = totals.mixedRates() ? " auf " + f.money(rate.net()) : "";
			row(p, fonts, false, "MwSt. " + f.rate(rate.rate()) + " %" + base, f.money(rate.tax()), y);
		}
		if (totals.mixedRates()) {
			y += 4.8;
			row(p, fonts, false, "MwSt. gesamt", f.money(totals.tax()), y);
		}
		y += 4.8;
		row(p, fonts, true, "Rechnungsbetrag", f.money(totals.gross()), y);
		for (Deduction deduction : invoice.deductions()) {
			y += 4.8;
			row(p, fonts, false, deduction.label(), f.money(deduction.amount().negate()), y);
		}
		if (!invoice.deductions().isEmpty()) {
			y += 4.8;
			row(p, fonts, true, "Zahlbetrag", f.money(invoice.payable()), y);
		}
		y += 2;
		p.text(fonts.regular(), SIZE, 110, y + 1.5, "=".repeat(36));
		y += 10;
		for (String sentence : closing) {
			for (String line : p.wrap(fonts.regular(), SIZE, sentence, RIGHT - LEFT)) {
				p.text(fonts.regular(), SIZE, LEFT, y, line);
				y += 4.4;
			}
			y += 1;
		}
		p.text(fonts.regular(), SIZE, LEFT, y + 5, "Mit freundlichen Grüßen");
		p.text(fonts.regular(), SIZE, LEFT, y + 14, seller.managingDirector());
	}

	private static void row(PdfPainter p, FontSet fonts, boolean bold, String label, String value, double y)
			throws IOException {
		p.text(bold ? fonts.bold() : fonts.regular(), SIZE, 110, y, label);
		p.textRight(bold ? fonts.bold() : fonts.regular(), SIZE, RIGHT, y, value + " EUR");
	}
}
