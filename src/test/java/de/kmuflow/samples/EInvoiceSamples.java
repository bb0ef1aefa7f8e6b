package de.kmuflow.samples;

import de.kmuflow.samples.einvoice.CiiXml;
import de.kmuflow.samples.einvoice.UblXml;
import de.kmuflow.samples.einvoice.ZugferdPdf;
import de.kmuflow.samples.model.SampleInvoice;
import de.kmuflow.samples.pdf.InvoiceLayout;
import de.kmuflow.samples.pdf.InvoicePdf;

/** Structured e-invoices: XRechnung in CII and UBL syntax, and ZUGFeRD / Factur-X PDFs. */
final class EInvoiceSamples {

	private final SampleFolder folder;
	private final Invoices invoices;

	EInvoiceSamples(SampleFolder folder, Invoices invoices) {
		this.folder = folder;
		this.invoices = invoices;
	}

	void write() throws Exception {
		cii("xrechnung-cii-nordlicht-it-stadt-talbrueck.xml", invoices.nordlichtForTown(),
				"public buyer with Leitweg-ID as buyer reference, 38 licences", "Leitweg-ID in BuyerReference");
		cii("xrechnung-cii-spedition-hartmann-skonto.xml", invoices.hartmannEInvoice(),
				"freight, Skonto in the structured #SKONTO# form", "cash discount only as #SKONTO#TAGE=10#PROZENT=2.00#");
		cii("xrechnung-cii-baeckerei-kornblume-mixed.xml", invoices.kornblumeCatering(),
				"catering, mixed 7 % / 19 %", "two tax subtotals");

		ubl("xrechnung-ubl-elektro-kessler-stadt-talbrueck.xml", invoices.kesslerForTown(),
				"public buyer, seller with tax number only (scheme FC)", "no seller VAT ID");
		ubl("xrechnung-ubl-weingut-taubertal-skonto.xml", invoices.taubertalEInvoice(),
				"wine, Skonto in the structured #SKONTO# form", "cash discount only in PaymentTerms/Note");
		ubl("xrechnung-ubl-bergkristall-reinigung.xml", invoices.bergkristallEInvoice(),
				"cleaning, the invoice the next file corrects", "framework contract number as order reference");
		ubl("xrechnung-ubl-bergkristall-reinigung-korrektur.xml", invoices.bergkristallCorrection(),
				"corrected invoice (type code 384) with negative quantity and totals, no due date",
				"negative amounts inside an Invoice document; BillingReference to the corrected invoice");

		zugferd("zugferd-rheinkraft-strom.pdf", Layouts.D, invoices.rheinkraftElectricity(), "EN16931",
				"electricity bill, Factur-X / ZUGFeRD 2 EN 16931, unit price with four decimals, advance payment deducted",
				"payable amount (TotalPrepaidAmount deducted) differs from the gross total; price 0,2874 EUR/kWh");
		zugferd("zugferd-gaertnerei-lindenhof-xrechnung.pdf", Layouts.C, invoices.lindenhofGarden(), "XRECHNUNG",
				"nursery, ZUGFeRD with profile XRECHNUNG, mixed 7 % / 19 %",
				"the XML, not the drawn page, is the legal original; PDF not valid PDF/A-3 (fonts not embedded)");
		zugferd("zugferd-brandt-buerobedarf.pdf", Layouts.A, invoices.brandtEInvoice(), "EN16931",
				"office supplies, Factur-X / ZUGFeRD 2 EN 16931, Skonto",
				"XML valid, but the PDF is not valid PDF/A-3 (standard fonts not embedded), as with many real ones");
	}

	private void cii(String file, SampleInvoice invoice, String what, String hard) {
		folder.sample(file, "XRECHNUNG_CII", invoice, CiiXml.xrechnung(invoice), "XRechnung 3.0 CII (Mustang); " + what,
				hard);
	}

	private void ubl(String file, SampleInvoice invoice, String what, String hard) throws Exception {
		folder.sample(file, "XRECHNUNG_UBL", invoice, UblXml.xrechnung(invoice), "XRechnung 3.0 UBL; " + what, hard);
	}

	private void zugferd(String file, InvoiceLayout layout, SampleInvoice invoice,
			String profile, String what, String hard) throws Exception {
		byte[] visible = InvoicePdf.render(layout, invoice, file);
		PrintedValuesCheck.check(file, visible, invoice);
		folder.sample(file, "ZUGFERD", invoice, ZugferdPdf.of(visible, invoice, profile),
				"layout " + Layouts.letter(layout) + "; " + what, hard);
	}
}
