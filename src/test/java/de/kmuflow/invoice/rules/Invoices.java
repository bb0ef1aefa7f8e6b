package de.kmuflow.invoice.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

import de.kmuflow.extraction.CashDiscount;
import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
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
			.set(InvoiceField.NET_TOTAL, eur("1000.00"))
			.set(InvoiceField.TAX_TOTAL, eur("190.00"))
			.set(InvoiceField.GROSS_TOTAL, eur("1190.00"))
			.set(InvoiceField.PAYABLE_AMOUNT, eur("1190.00"))
			.taxLine(new TaxLine(eur("19"), eur("1000.00"), eur("190.00")))
			.line(new InvoiceLine("Wartung Heizungsanlage", eur("8"), eur("95.00"), eur("760.00")))
			.line(new InvoiceLine("Anfahrtspauschale", eur("1"), eur("240.00"), eur("240.00")));
	}

	/** Parties, numbers and dates, but no amounts, tax breakdown or lines. */
	static ExtractedInvoice.Builder withoutAmounts(DocumentKind kind) {
		return ExtractedInvoice.builder(kind)
			.set(InvoiceField.INVOICE_NUMBER, "RE-2026-0042")
			.set(InvoiceField.ISSUE_DATE, ISSUED)
			.set(InvoiceField.DELIVERY_DATE, LocalDate.of(2026, 2, 27))
			.set(InvoiceField.DUE_DATE, LocalDate.of(2026, 4, 1))
			.set(InvoiceField.CURRENCY, "EUR")
			.set(InvoiceField.SELLER_NAME, "Müller Haustechnik GmbH")
			.set(InvoiceField.SELLER_ADDRESS, "Industriestraße 5, 70565 Stuttgart")
			.set(InvoiceField.SELLER_VAT_ID, "DE136695976")
			.set(InvoiceField.SELLER_TAX_NUMBER, "93815/08152")
			.set(InvoiceField.SELLER_IBAN, "DE89 3704 0044 0532 0130 00")
			.set(InvoiceField.BUYER_NAME, "Bäckerei Schmidt e. K.")
			.cashDiscount(new CashDiscount(eur("2"), 10, LocalDate.of(2026, 3, 12)));
	}

	/** Goods at 19 % and food at 7 % on one invoice: 150.00 + 28.50 and 80.00 + 5.60. */
	static ExtractedInvoice.Builder mixedRates() {
		return withoutAmounts(DocumentKind.TEXT_PDF)
			.set(InvoiceField.NET_TOTAL, eur("230.00"))
			.set(InvoiceField.TAX_TOTAL, eur("34.10"))
			.set(InvoiceField.GROSS_TOTAL, eur("264.10"))
			.set(InvoiceField.PAYABLE_AMOUNT, eur("264.10"))
			.taxLine(new TaxLine(eur("19.00"), eur("150.00"), eur("28.50")))
			.taxLine(new TaxLine(eur("7.00"), eur("80.00"), eur("5.60")))
			.line(new InvoiceLine("Kaffeemaschine", eur("1"), eur("100.00"), eur("100.00")))
			.line(new InvoiceLine("Entkalker", eur("5"), eur("10.00"), eur("50.00")))
			.line(new InvoiceLine("Kaffeebohnen 1 kg", eur("4"), eur("20.00"), eur("80.00")));
	}

	/** A printed credit note (type 381) over -1,190.00 EUR: the amounts carry the minus sign. */
	static ExtractedInvoice.Builder creditNote() {
		return withoutAmounts(DocumentKind.TEXT_PDF)
			.set(InvoiceField.DOCUMENT_TYPE_CODE, "381")
			.set(InvoiceField.INVOICE_NUMBER, "GS-2026-0007")
			.set(InvoiceField.DUE_DATE, null)
			.cashDiscount(null)
			.set(InvoiceField.NET_TOTAL, eur("-1000.00"))
			.set(InvoiceField.TAX_TOTAL, eur("-190.00"))
			.set(InvoiceField.GROSS_TOTAL, eur("-1190.00"))
			.set(InvoiceField.PAYABLE_AMOUNT, eur("-1190.00"))
			.taxLine(new TaxLine(eur("19"), eur("-1000.00"), eur("-190.00")))
			.line(new InvoiceLine("Gutschrift Rücksendung Heizkörper", eur("-2"), eur("380.00"), eur("-760.00")))
			.line(new InvoiceLine("Gutschrift Anfahrtspauschale", eur("-1"), eur("240.00"), eur("-240.00")));
	}
}
