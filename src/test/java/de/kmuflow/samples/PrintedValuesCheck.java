package de.kmuflow.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import de.kmuflow.samples.model.CashDiscountTerm;
import de.kmuflow.samples.model.Formats;
import de.kmuflow.samples.model.Line;
import de.kmuflow.samples.model.Party;
import de.kmuflow.samples.model.SampleInvoice;
import de.kmuflow.samples.model.TaxAmount;
import de.kmuflow.samples.model.Totals;
import de.kmuflow.samples.pdf.Texts;

/**
 * Reads the text of a drawn invoice back and stops the generator when a value of the expected JSON is
 * not printed on it: the expected values must be what a reader can see, never what we meant to draw.
 */
final class PrintedValuesCheck {

	private PrintedValuesCheck() {
	}

	static void check(String file, byte[] pdf, SampleInvoice invoice) throws IOException {
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		List<String> missing = new ArrayList<>();
		for (String value : expectedTexts(invoice)) {
			if (!text.contains(value)) {
				missing.add(value);
			}
		}
		Party seller = invoice.seller();
		if (seller.vatId() != null && !text.contains(seller.vatId()) && !text.contains(Texts.vatIdSpaced(seller.vatId()))) {
			missing.add(seller.vatId());
		}
		if (seller.iban() != null && !text.contains(Texts.ibanGroups(seller.iban())) && !text.contains(seller.iban())) {
			missing.add(seller.iban());
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException(file + " does not print " + missing);
		}
	}

	private static List<String> expectedTexts(SampleInvoice invoice) {
		Formats f = Formats.of(invoice);
		Totals totals = invoice.totals();
		List<String> values = new ArrayList<>();
		add(values, invoice.number());
		values.add(f.date(invoice.issueDate()));
		if (invoice.dueDate() != null) {
			values.add(f.date(invoice.dueDate()));
		}
		if (invoice.deliveryDate() != null) {
			values.add(f.date(invoice.deliveryDate()));
		}
		values.add(invoice.seller().name());
		add(values, invoice.seller().taxNumber());
		if (invoice.buyer() != null) {
			values.add(invoice.buyer().name());
		}
		add(values, invoice.buyerReference());
		add(values, invoice.purchaseOrderReference());
		if (invoice.netTotalShown()) {
			values.add(f.money(totals.net()));
		}
		if (invoice.taxShown()) {
			values.add(f.money(totals.tax()));
		}
		values.add(f.money(totals.gross()));
		values.add(f.money(invoice.payable()));
		for (TaxAmount rate : totals.byRate()) {
			values.add(f.rate(rate.rate()));
			if (invoice.netTotalShown()) {
				values.add(f.money(rate.net()));
			}
			if (invoice.taxShown()) {
				values.add(f.money(rate.tax()));
			}
		}
		for (Line line : invoice.lines()) {
			// wrapped descriptions interleave with other columns, so each word is looked for on its own
			for (String word : line.description().split(" ")) {
				values.add(word);
			}
			if (!invoice.grossPrices() || line.quantity().compareTo(BigDecimal.ONE) != 0) {
				values.add(f.quantity(line.quantity()));
			}
			if (!invoice.grossPrices()) {
				values.add(f.price(line.unitPrice()));
				values.add(f.money(line.amount()));
			}
		}
		CashDiscountTerm skonto = invoice.cashDiscount();
		if (skonto != null) {
			values.add(f.rate(skonto.percent()));
			if (skonto.days() != null) {
				values.add(skonto.days() + " ");
			}
			if (skonto.until() != null) {
				values.add(f.date(skonto.until()));
			}
		}
		return values;
	}

	private static void add(List<String> values, String value) {
		if (value != null) {
			values.add(value);
		}
	}
}
