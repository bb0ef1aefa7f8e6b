package de.kmuflow.invoice.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import de.kmuflow.extraction.CashDiscount;
import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceLine;
import de.kmuflow.extraction.TaxLine;

/** Invoices for the rule tests: complete and consistent, so each test changes only what it is about. */
final class Invoices {

	static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

	private Invoices() {
	}

	static BigDecimal eur(String amount) {
		return new BigDecimal(amount);
	}

	/** A text-PDF invoice over 1,190.00 EUR at 19 %, with everything §14 (4) UStG asks for. */
	static ExtractedInvoice.Builder complete() {
		return withoutAmounts(DocumentKind.TEXT_PDF)
			.netTotal(eur("1000.00"))
			.taxTotal(eur("190.00"))
			.grossTotal(eur("1190.00"))
			.payableAmount(eur("1190.00"))
			.taxLine(new TaxLine(eur("19"), eur("1000.00"), eur("190.00")))
			.line(new InvoiceLine("Wartung Heizungsanlage", eur("8"), eur("95.00"), eur("760.00")))
			.line(new InvoiceLine("Anfahrtspauschale", eur("1"), eur("240.00"), eur("240.00")));
	}

	/** Parties, numbers and dates, but no amounts, tax breakdown or lines. */
	static ExtractedInvoice.Builder withoutAmounts(DocumentKind kind) {
		return ExtractedInvoice.builder(kind)
			.invoiceNumber("RE-2026-0042")
			.issueDate(ISSUED)
			.deliveryDate(LocalDate.of(2026, 2, 27))
			.dueDate(LocalDate.of(2026, 4, 1))
			.currency("EUR")
			.sellerName("Müller Haustechnik GmbH")
			.sellerAddress("Industriestraße 5, 70565 Stuttgart")
			.sellerVatId("DE136695976")
			.sellerTaxNumber("93815/08152")
			.sellerIban("DE89 3704 0044 0532 0130 00")
			.buyerName("Bäckerei Schmidt e. K.")
			.cashDiscount(new CashDiscount(eur("2"), 10, LocalDate.of(2026, 3, 12)));
	}

	/** Goods at 19 % and food at 7 % on one invoice: 150.00 + 28.50 and 80.00 + 5.60. */
	static ExtractedInvoice.Builder mixedRates() {
		return withoutAmounts(DocumentKind.TEXT_PDF)
			.netTotal(eur("230.00"))
			.taxTotal(eur("34.10"))
			.grossTotal(eur("264.10"))
			.payableAmount(eur("264.10"))
			.taxLine(new TaxLine(eur("19.00"), eur("150.00"), eur("28.50")))
			.taxLine(new TaxLine(eur("7.00"), eur("80.00"), eur("5.60")))
			.line(new InvoiceLine("Kaffeemaschine", eur("1"), eur("100.00"), eur("100.00")))
			.line(new InvoiceLine("Entkalker", eur("5"), eur("10.00"), eur("50.00")))
			.line(new InvoiceLine("Kaffeebohnen 1 kg", eur("4"), eur("20.00"), eur("80.00")));
	}

	/** A printed credit note (type 381) over -1,190.00 EUR: the amounts carry the minus sign. */
	static ExtractedInvoice.Builder creditNote() {
		return withoutAmounts(DocumentKind.TEXT_PDF)
			.documentTypeCode("381")
			.invoiceNumber("GS-2026-0007")
			.dueDate(null)
			.cashDiscount(null)
			.netTotal(eur("-1000.00"))
			.taxTotal(eur("-190.00"))
			.grossTotal(eur("-1190.00"))
			.payableAmount(eur("-1190.00"))
			.taxLine(new TaxLine(eur("19"), eur("-1000.00"), eur("-190.00")))
			.line(new InvoiceLine("Gutschrift Rücksendung Heizkörper", eur("-2"), eur("380.00"), eur("-760.00")))
			.line(new InvoiceLine("Gutschrift Anfahrtspauschale", eur("-1"), eur("240.00"), eur("-240.00")));
	}
}
