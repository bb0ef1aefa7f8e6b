package de.kmuflow.samples.pdf;

import java.awt.Color;
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
 * An English invoice: sender top left, "INVOICE" top right above a right-hand block of label and
 * value columns, "Bill to", description-first table with a VAT column, "Total due".
 */
public final class EnglishLayout implements InvoiceLayout {

	private static final double LEFT = 20;
	private static final double RIGHT = 190;
	private static final double BOTTOM = 262;
	private static final float SIZE = 9;
	private static final Color GREY = new Color(232, 232, 232);

	@Override
	public String description() {
		return "English: sender top left, INVOICE top right over a label | value block (Invoice No., "
				+ "Invoice Date, Due Date, PO Number), Bill To, "
				+ "table Description | Qty | Unit Price | VAT | Amount, Subtotal / VAT / Total due";
	}

	@Override
	public void draw(SampleInvoice invoice, PdfPainter p, FontSet fonts) throws IOException {
		Formats f = Formats.of(invoice);
		Party seller = invoice.seller();
		p.text(fonts.bold(), 14, LEFT, 22, seller.name());
		double y = 27.5;
		for (String line : new String[] {seller.street(), seller.postalLine(), country(seller.countryCode()),
				seller.phone(), seller.email()}) {
			p.text(fonts.regular(), 8.5f, LEFT, y, line);
			y += 4;
		}
		if (seller.vatId() != null) {
			p.text(fonts.regular(), 8.5f, LEFT, y, "VAT ID: " + seller.vatId());
		}

		p.textRight(fonts.bold(), 24, RIGHT, 24, invoice.title().toUpperCase(f.locale()));
		List<String[]> info = new ArrayList<>();
		info.add(new String[] {invoice.creditNote() ? "Credit Note No." : "Invoice No.", invoice.number()});
		info.add(new String[] {invoice.creditNote() ? "Date" : "Invoice Date", f.date(invoice.issueDate())});
		if (invoice.dueDate() != null) {
			info.add(new String[] {"Due Date", f.date(invoice.dueDate())});
		}
		if (invoice.deliveryDate() != null) {
			info.add(new String[] {"Service Date", f.date(invoice.deliveryDate())});
		}
		if (invoice.purchaseOrderReference() != null) {
			info.add(new String[] {"PO Number", invoice.purchaseOrderReference()});
		}
		if (invoice.buyerReference() != null) {
			info.add(new String[] {"Your Reference", invoice.buyerReference()});
		}
		if (invoice.customerNumber() != null) {
			info.add(new String[] {"Customer ID", invoice.customerNumber()});
		}
		if (invoice.correctedInvoice() != null) {
			info.add(new String[] {"Original Invoice", invoice.correctedInvoice()});
		}
		double iy = 33;
		for (String[] row : info) {
			p.text(fonts.bold(), SIZE, 128, iy, row[0] + ":");
			p.textRight(fonts.regular(), SIZE, RIGHT, iy, row[1]);
			iy += 4.8;
		}

		y = Math.max(y, iy) + 10;
		if (invoice.buyer() != null) {
			Party buyer = invoice.buyer();
			p.text(fonts.bold(), SIZE, LEFT, y, "Bill To:");
			y += 5;
			for (String line : new String[] {buyer.name(), buyer.contactName() == null ? null : "Attn. " + buyer.contactName(),
					buyer.street(), buyer.postalLine(), country(buyer.countryCode())}) {
				if (line != null) {
					p.text(fonts.regular(), 9.5f, LEFT, y, line);
					y += 4.4;
				}
			}
			if (buyer.vatId() != null) {
				p.text(fonts.regular(), 9.5f, LEFT, y, "Customer VAT ID: " + buyer.vatId());
				y += 4.4;
			}
		}
		y += 8;

		Table table = new Table(List.of(
				Table.Column.wrapping("Description", LEFT, 82, (i, l) -> l.description()),
				Table.Column.of("Qty", 102, 16, Align.RIGHT, (i, l) -> f.quantity(l.quantity())),
				Table.Column.of("Unit Price", 120, 25, Align.RIGHT, (i, l) -> f.price(l.unitPrice())),
				Table.Column.of("VAT", 147, 12, Align.RIGHT, (i, l) -> f.rate(l.taxRate()) + "%"),
				Table.Column.of("Amount", 161, 29, Align.RIGHT, (i, l) -> f.money(l.amount()))),
				fonts, SIZE, 4.5).headerFill(GREY).rowRules(true).headerRule(false);
		y = table.draw(p, invoice.lines(), y, BOTTOM, (painter, carried) -> {
			painter.textRight(fonts.regular(), SIZE, RIGHT, BOTTOM + 4, "continued on next page");
			painter.newPage();
			painter.text(fonts.bold(), 11, LEFT, 22, seller.name() + " – Invoice " + invoice.number() + " (continued)");
			return 30;
		});

		Totals totals = invoice.totals();
		String currency = invoice.currency();
		y += 6;
		row(p, fonts, false, "Subtotal", f.money(totals.net()), y);
		for (TaxAmount rate : totals.byRate()) {
			y += 5;
			String label = rate.rate().signum() == 0 ? "VAT 0% (reverse charge)" : "VAT " + f.rate(rate.rate()) + "%";
			if (totals.mixedRates()) {
				label += " on " + f.money(rate.net());
			}
			row(p, fonts, false, label, f.money(rate.tax()), y);
		}
		if (totals.mixedRates()) {
			y += 5;
			row(p, fonts, false, "Total VAT", f.money(totals.tax()), y);
		}
		if (!invoice.deductions().isEmpty()) {
			y += 5;
			row(p, fonts, false, "Total", f.money(totals.gross()), y);
			for (Deduction deduction : invoice.deductions()) {
				y += 5;
				row(p, fonts, false, deduction.label(), f.money(deduction.amount().negate()), y);
			}
		}
		y += 3;
		p.fillRect(125, y, RIGHT - 125, 7.5, GREY);
		y += 5.3;
		row(p, fonts, true, "Total due (" + currency + ")", f.money(invoice.payable()), y);
		y += 12;

		List<String> terms = new ArrayList<>(PaymentTerms.english(invoice));
		if (seller.iban() != null) {
			terms.add("Bank transfer to " + seller.bankName() + ", IBAN " + Texts.ibanGroups(seller.iban()) + ", BIC "
					+ seller.bic() + ". Please quote the invoice number as payment reference.");
		}
		terms.addAll(invoice.notes());
		for (String sentence : terms) {
			for (String line : p.wrap(fonts.regular(), SIZE, sentence, RIGHT - LEFT)) {
				p.text(fonts.regular(), SIZE, LEFT, y, line);
				y += 4.4;
			}
			y += 1.5;
		}
		p.text(fonts.bold(), 10, LEFT, y + 6, "Thank you for your business!");

		int pages = p.pageCount();
		for (int i = 0; i < pages; i++) {
			p.reopen(i);
			p.line(LEFT, 276, RIGHT, 276, 0.3f);
			p.textCenter(fonts.regular(), 7, (LEFT + RIGHT) / 2, 280, seller.name() + " · " + seller.street() + " · "
					+ seller.postalLine() + " · " + Texts.orEmpty(seller.register()));
			p.textCenter(fonts.regular(), 7, (LEFT + RIGHT) / 2, 283.5, "Managing director: "
					+ seller.managingDirector() + (seller.taxNumber() == null ? "" : " · Tax number: " + seller.taxNumber()));
			p.textRight(fonts.regular(), 7, RIGHT, 290, "Page " + (i + 1) + " of " + pages);
		}
	}

	private static String country(String code) {
		return switch (code) {
			case "DE" -> "Germany";
			case "GB" -> "United Kingdom";
			default -> code;
		};
	}

	private static void row(PdfPainter p, FontSet fonts, boolean bold, String label, String value, double y)
			throws IOException {
		p.text(bold ? fonts.bold() : fonts.regular(), SIZE, 128, y, label);
		p.textRight(bold ? fonts.bold() : fonts.regular(), SIZE, RIGHT - 1, y, value);
	}
}
