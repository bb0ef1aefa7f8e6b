package de.kmuflow.samples;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import de.kmuflow.samples.model.SampleInvoice;
import de.kmuflow.samples.pdf.InvoiceLayout;
import de.kmuflow.samples.pdf.InvoicePdf;

/** PDFs with a text layer, in the seven layouts. */
final class TextSamples {

	private final SampleFolder folder;
	private final Invoices invoices;
	private final Map<String, byte[]> written = new LinkedHashMap<>();
	private final Map<String, SampleInvoice> invoiceByFile = new LinkedHashMap<>();

	TextSamples(SampleFolder folder, Invoices invoices) {
		this.folder = folder;
		this.invoices = invoices;
	}

	/** Writes the text PDFs; returns them by file name, for scans and the benchmark made from them. */
	Map<String, byte[]> write() throws IOException {
		add("text-brandt-buerobedarf.pdf", Layouts.A, invoices.brandtOnePage(),
				"one page, 19 %, Skonto in days, PO reference (\"Ihre Bestellung\")",
				"Kunden-Nr., Lieferschein and PO number stand next to the invoice number");
		add("text-brandt-buerobedarf-2-pages.pdf", Layouts.A, invoices.brandtTwoPages(),
				"two pages, 34 positions, 3 % Skonto",
				"totals on page 2; carried-over subtotal (\"Übertrag\") at the foot of page 1 and the head of page 2");
		add("text-feinkost-albrecht.pdf", Layouts.B, invoices.feinkostMixed(),
				"mixed 7 % (food) and 19 % (wine, baskets), long dates (\"9. März 2026\")",
				"issue date only as \"Bamberg, den 9. März 2026\"; tax per rate \"USt 7 % auf ...\"");
		add("text-elektro-kessler.pdf", Layouts.G, invoices.kesslerCraftsman(),
				"craftsman, hours in quarters (3,5 / 6,25 Std), tax number only, Courier",
				"no VAT ID; a description wraps over several lines; order reference is a phrase");
		add("text-nordlicht-it.pdf", Layouts.D, invoices.nordlichtHardware(),
				"IT hardware, Skonto until a date, purchase order number",
				"label above value; the discounted amount in the terms looks like a total");
		add("text-druckerei-sonnenschein.pdf", Layouts.C, invoices.sonnenscheinMixed(),
				"printing, mixed 7 % (book) and 19 %, tax letters A/B",
				"rate per line only as a letter; legend under the totals");
		add("text-druckerei-sonnenschein-gutschrift.pdf", Layouts.C, invoices.sonnenscheinCredit(),
				"credit note (Gutschrift), negative quantities and totals",
				"negative amounts; the original invoice number and date are printed too");
		add("text-werkzeug-steiner-3-pages.pdf", Layouts.B, invoices.steinerThreePages(),
				"three pages, 52 positions, Skonto in days",
				"\"Übertrag\" on every page break; totals on page 3");
		add("text-hotel-alte-post.pdf", Layouts.D, invoices.hotelPaid(),
				"hotel: room 7 %, breakfast and parking 19 %, paid by card",
				"payable amount 0,00 after the card payment; room number as customer number; no due date");
		add("text-lumen-analytics-en.pdf", Layouts.E, invoices.lumenEnglish(),
				"English (US formats: 1,471.60, March 15, 2026), German seller, PO number",
				"English labels (Invoice No., VAT ID, Total due); US number and date format");
		add("text-lumen-analytics-credit-note-en.pdf", Layouts.E, invoices.lumenCredit(),
				"English credit note, negative totals",
				"\"Credit Note No.\"; the original invoice number is printed too");
		add("text-northbridge-consulting-en-gbp.pdf", Layouts.E, invoices.northbridgeReverseCharge(),
				"English (British formats 15/03/2026), GBP, reverse charge at 0 %",
				"currency GBP; VAT 0 %; British VAT ID and IBAN; postcode after the city");
		add("text-copy-und-co-kassenbon.pdf", Layouts.F_CASH, invoices.copyShopReceipt(),
				"till receipt <= 250 EUR (§ 33 UStDV): no recipient, no number, gross prices",
				"narrow page; cash given and change look like totals; only the contained tax is printed");
		add("text-fahrrad-speiche-kleinbetrag.pdf", Layouts.G, invoices.bikeSmallInvoice(),
				"small-amount invoice <= 250 EUR with a number but no recipient",
				"no buyer at all; 0,25 h of work");
		add("text-maler-vogt-schlussrechnung.pdf", Layouts.A, invoices.vogtFinalInvoice(),
				"final invoice (Schlussrechnung) with a down payment deducted",
				"payable amount differs from the gross total; 112,5 m² as quantity");
		add("text-kanzlei-weidmann.pdf", Layouts.B, invoices.weidmannTaxAdvice(),
				"tax adviser: tax number only, due on the issue date, no article numbers",
				"no VAT ID; issue date only beside the address; fee-schedule references (§ 33 StBVV) in the descriptions");
		add("text-heizungsbau-petersen-korrektur.pdf", Layouts.A, invoices.petersenCorrection(),
				"correction (Rechnungskorrektur) with negative totals",
				"negative amounts; \"Beleg-Nr.\" instead of \"Rechnungs-Nr.\"; reference to the corrected invoice");
		add("text-bergkristall-reinigung.pdf", Layouts.C, invoices.bergkristallCleaning(),
				"cleaning contract, one rate, \"Ihr Zeichen\" reference, framework contract as order",
				"six boxes with label above value; \"Ihr Zeichen\" is the buyer reference");
		add("text-weingut-taubertal.pdf", Layouts.D, invoices.taubertalWine(),
				"wine, Skonto with both days and date",
				"Skonto sentence carries days, date and rate at once");
		add("text-spedition-hartmann.pdf", Layouts.A, invoices.hartmannFreight(),
				"freight forwarder, delivery note and shipment numbers",
				"shipment, delivery note and order numbers look like invoice numbers");
		return Map.copyOf(written);
	}

	SampleInvoice invoice(String file) {
		return invoiceByFile.get(file);
	}

	private void add(String file, InvoiceLayout layout, SampleInvoice invoice, String what, String hard)
			throws IOException {
		byte[] pdf = InvoicePdf.render(layout, invoice, file);
		PrintedValuesCheck.check(file, pdf, invoice);
		folder.sample(file, "TEXT_PDF", invoice, pdf, "layout " + Layouts.letter(layout) + "; " + what, hard);
		written.put(file, pdf);
		invoiceByFile.put(file, invoice);
	}
}
