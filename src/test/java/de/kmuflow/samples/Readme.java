package de.kmuflow.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import de.kmuflow.samples.pdf.InvoiceLayout;

/** Writes sample-invoices/README.md from what the generator produced, so the table cannot go stale. */
final class Readme {

	private Readme() {
	}

	static void write(SampleFolder folder) {
		StringBuilder md = new StringBuilder();
		md.append("""
				# Sample invoices

				Documents to try kmu-flow's invoice reading with, each with the values a reader should find.
				Upload them, drop them into the watched folder, or run
				`java -jar target/kmu-flow.jar extract sample-invoices/*`.

				All companies, people, addresses, tax numbers, VAT IDs, banks, bank accounts and e-mail
				addresses in the generated documents are fictional. E-mail domains use the reserved `.example`
				top-level domain; German VAT IDs and all IBANs carry correct check digits so that validation
				rules can be tried on them. Only the two KoSIT files at the end of the table come from outside.

				## Regenerating

				`make samples` compiles the test code and runs `SampleInvoiceGenerator`
				(`src/test/java/de/kmuflow/samples/`). It deletes and rewrites everything in this folder except
				the two KoSIT files, including this README. A fixed random seed makes every run produce the same
				documents: PDFs get a document ID derived from their name instead of the time, Mustang's export
				time in ZUGFeRD PDFs is replaced by the issue date, and the encrypted PDF takes its
				initialisation vectors from a seeded generator. Rendering uses the Liberation fonts of Debian's
				`fonts-liberation` (PDFBox draws the standard 14 fonts with them, and one layout embeds them), so
				byte-identical output needs the same fonts. While generating, every drawn document's text is
				read back to make sure each expected value is printed on it, and every e-invoice's totals are
				read back from its XML. `SampleInvoicesTest` checks the committed files and their expected
				values.

				## Expected values

				`expected/<file>.json` holds, for every generated document outside `bad/` and `bench/`, the fields
				of the CLI contract (DESIGN.md, "Contracts") plus `deliveryDate` and `cashDiscount`:
				`file, kind, invoiceNumber, issueDate, dueDate, deliveryDate, currency, sellerName, sellerVatId,
				sellerTaxNumber, sellerIban, buyerName, buyerReference, purchaseOrderReference, netTotal, taxTotal,
				grossTotal, payableAmount, taxBreakdown[{rate, net, tax}], lines[{description, quantity,
				unitPrice, net}], cashDiscount{percent, days, dueDate}`. The drawing code and the JSON are made
				from the same object, so they cannot disagree.

				- `null` means the document does not show the value. Values a reader could only compute (the net
				  total of a receipt that prints the gross total and the contained tax) stay `null` as well.
				- Amounts are decimal strings with a dot and two decimals (`"1471.60"`); unit prices keep more
				  decimals when printed with more (`"0.2874"`). Quantities are plain (`"3"`, `"6.25"`).
				- Credit notes and corrections have negative quantities, line amounts and totals; unit prices stay
				  positive.
				- `payableAmount` is what remains to be paid after deductions printed on the document (down
				  payment, advance payments, payment by card); otherwise it equals `grossTotal`.
				- IBAN and VAT ID without spaces, even where printed with spaces. Dates ISO `yyyy-MM-dd`.
				- `cashDiscount.days` is `null` when only a date is printed, `cashDiscount.dueDate` is `null`
				  when only days are printed.
				- Till receipts print gross amounts only: their lines carry `unitPrice` and `net` as `null`, and
				  `quantity` only where the receipt prints one ("24 x 0,55").
				- E-invoices: the values of the XML. ZUGFeRD: the drawn page shows the same values as the XML.

				## Layouts of the drawn documents

				| letter | layout |
				|---|---|
				""");
		for (Map.Entry<String, InvoiceLayout> layout : Layouts.byLetter().entrySet()) {
			md.append("| ").append(layout.getKey()).append(" | ").append(cell(layout.getValue().description()))
					.append(" |\n");
		}
		md.append("""

				## Documents

				| file | kind | what | what makes it hard | size |
				|---|---|---|---|---|
				""");
		for (SampleFolder.Entry entry : folder.samples()) {
			md.append("| `").append(entry.file()).append("` | ").append(entry.kind()).append(" | ")
					.append(cell(entry.what())).append(" | ").append(cell(entry.hard())).append(" | ")
					.append(size(folder.root().resolve(entry.file()))).append(" |\n");
		}
		kept(md, folder, "xrechnung-ubl-01.20a.xml", "XRECHNUNG_UBL", "UBL", "01.20a");
		kept(md, folder, "xrechnung-cii-01.11a.xml", "XRECHNUNG_CII", "CII", "01.11a");
		section(md, folder, "Broken and hostile files (`bad/`)",
				"A reader must answer each of these with an error for that file and carry on; none has expected values.",
				folder.bad());
		section(md, folder, "OCR benchmark (`bench/`)",
				"For timing and accuracy of OCR, not for field extraction; no expected JSON.", folder.bench());
		folder.text("README.md", md.toString());
	}

	/** A KoSIT test file kept in the folder, listed when present. */
	private static void kept(StringBuilder md, SampleFolder folder, String file, String kind, String syntax,
			String businessCase) {
		Path path = folder.root().resolve(file);
		if (Files.exists(path)) {
			md.append("| `").append(file).append("` | ").append(kind).append(" | XRechnung 3.0, ").append(syntax)
					.append(" syntax; KoSIT XRechnung test suite, business case ").append(businessCase)
					.append("; Apache License 2.0 (no expected JSON) | official reference file | ").append(size(path))
					.append(" |\n");
		}
	}

	private static void section(StringBuilder md, SampleFolder folder, String title, String intro,
			List<SampleFolder.Entry> entries) {
		md.append("\n## ").append(title).append("\n\n").append(intro).append("\n\n| file | what | size |\n|---|---|---|\n");
		for (SampleFolder.Entry entry : entries) {
			md.append("| `").append(entry.file()).append("` | ").append(cell(entry.what())).append(" | ")
					.append(size(folder.root().resolve(entry.file()))).append(" |\n");
		}
	}

	private static String cell(String text) {
		return text.replace("|", "\\|");
	}

	private static String size(Path file) {
		try {
			long bytes = Files.size(file);
			return bytes < 1024 ? bytes + " B" : (bytes + 512) / 1024 + " KB";
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
