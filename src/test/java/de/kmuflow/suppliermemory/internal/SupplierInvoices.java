package de.kmuflow.suppliermemory.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.kmuflow.extraction.internal.fields.PdfCanvas;

/**
 * Suppliers with layouts of their own, and their invoices drawn as text PDFs: each supplier prints
 * its labels, places, date and amount formats its own way, as real suppliers do.
 */
final class SupplierInvoices {

	/** How one supplier lays out its invoices. */
	record Style(String title, String numberLabel, String numberFormat, String dateLabel, String datePattern,
			boolean englishAmounts, String netLabel, String taxLabel, String grossLabel, String vatLabel,
			String ibanLabel, boolean valuesBelowLabels, double headerX, double headerY, boolean nameAtBottom,
			String decoy) {
	}

	record Supplier(String name, String vatId, String iban, String street, String city, String category,
			String costCentre, List<Style> stylePerInvoice) {

		Style style(int invoice) {
			return stylePerInvoice.get(Math.min(invoice, stylePerInvoice.size()) - 1);
		}
	}

	/** One invoice's values, and the values a clerk would enter (the truth), by field name. */
	record Invoice(Supplier supplier, int sequence, byte[] pdf, Map<String, String> truth) {
	}

	private SupplierInvoices() {
	}

	static Invoice invoice(Supplier supplier, int sequence) {
		Style style = supplier.style(sequence);
		int seed = Math.abs(supplier.name().hashCode() % 97) + supplier.vatId().hashCode() % 13;
		String number = String.format(Locale.ROOT, style.numberFormat(), 1000 + seed * 7 + sequence * 131);
		LocalDate date = LocalDate.of(2026, 1 + (seed + sequence * 3) % 12, 1 + (seed * 3 + sequence * 5) % 27);
		LocalDate decoyDate = date.minusDays(9 + sequence);
		BigDecimal first = BigDecimal.valueOf(11_000 + seed * 1_537 + sequence * 4_211, 2);
		BigDecimal second = BigDecimal.valueOf(2_500 + seed * 311 + sequence * 977, 2);
		BigDecimal net = first.add(second);
		BigDecimal tax = net.multiply(new BigDecimal("0.19")).setScale(2, RoundingMode.HALF_UP);
		BigDecimal gross = net.add(tax);

		PdfCanvas pdf = new PdfCanvas();
		pdf.font(9, false);
		if (style.nameAtBottom()) {
			pdf.text(50, 50, "Ihr verlässlicher Partner seit 1987");
		}
		else {
			pdf.font(14, true).text(50, 50, supplier.name()).font(9, false);
		}
		pdf.text(50, 66, supplier.street() + " · " + supplier.city());
		pdf.text(50, 130, "Muster Handwerk GmbH").text(50, 142, "Hauptstraße 5").text(50, 154, "80331 München");
		pdf.font(13, true).text(50, 205, style.title()).font(9, false);
		String printedDate = date.format(dateFormat(style.datePattern()));
		if (style.valuesBelowLabels()) {
			pdf.text(style.headerX(), style.headerY(), style.numberLabel())
				.text(style.headerX() + 150, style.headerY(), style.dateLabel())
				.text(style.headerX(), style.headerY() + 12, number)
				.text(style.headerX() + 150, style.headerY() + 12, printedDate);
		}
		else {
			pdf.text(style.headerX(), style.headerY(), style.numberLabel())
				.text(style.headerX() + 110, style.headerY(), number)
				.text(style.headerX(), style.headerY() + 14, style.dateLabel())
				.text(style.headerX() + 110, style.headerY() + 14, printedDate);
		}
		if (style.decoy() != null) {
			pdf.text(50, 225, String.format(Locale.ROOT, style.decoy(), 4711 + sequence,
					decoyDate.format(dateFormat(style.datePattern()))));
		}
		pdf.text(50, 270, "Pos").text(80, 270, "Bezeichnung").text(330, 270, "Menge").right(460, 270, "Einzelpreis")
			.right(540, 270, "Betrag");
		pdf.text(50, 285, "1").text(80, 285, "Montagearbeiten").text(330, 285, "1").right(460, 285,
				amount(first, style)).right(540, 285, amount(first, style));
		pdf.text(50, 299, "2").text(80, 299, "Material").text(330, 299, "1").right(460, 299, amount(second, style))
			.right(540, 299, amount(second, style));
		pdf.text(330, 340, style.netLabel()).right(540, 340, amount(net, style));
		pdf.text(330, 354, style.taxLabel()).right(540, 354, amount(tax, style));
		pdf.font(9, true).text(330, 368, style.grossLabel()).right(540, 368, amount(gross, style)).font(9, false);
		if (style.nameAtBottom()) {
			pdf.font(9, true).text(50, 770, supplier.name()).font(9, false);
		}
		pdf.text(50, 790, style.vatLabel() + " " + spaced(supplier.vatId(), 3, 2));
		pdf.text(300, 790, style.ibanLabel() + " " + spaced(supplier.iban(), 4, 0));

		Map<String, String> truth = new LinkedHashMap<>();
		truth.put("invoiceNumber", number);
		truth.put("issueDate", date.toString());
		truth.put("sellerName", supplier.name());
		truth.put("sellerVatId", supplier.vatId());
		truth.put("sellerIban", supplier.iban());
		truth.put("netTotal", net.toPlainString());
		truth.put("taxTotal", tax.toPlainString());
		truth.put("grossTotal", gross.toPlainString());
		truth.put("invoiceCategory", supplier.category());
		truth.put("costCentre", supplier.costCentre());
		return new Invoice(supplier, sequence, pdf.bytes(), truth);
	}

	private static DateTimeFormatter dateFormat(String pattern) {
		boolean english = pattern.startsWith("en:");
		return DateTimeFormatter.ofPattern(english ? pattern.substring(3) : pattern,
				english ? Locale.ENGLISH : Locale.GERMAN);
	}

	private static String amount(BigDecimal value, Style style) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(style.englishAmounts() ? Locale.UK : Locale.GERMANY);
		return new DecimalFormat("#,##0.00", symbols).format(value) + " €";
	}

	/** A code printed in groups ("DE 123 456 789"), after a prefix of letters kept apart when asked. */
	private static String spaced(String code, int group, int prefix) {
		StringBuilder printed = new StringBuilder(code.substring(0, prefix));
		String rest = code.substring(prefix);
		for (int i = 0; i < rest.length(); i += group) {
			if (printed.length() > 0) {
				printed.append(' ');
			}
			printed.append(rest, i, Math.min(rest.length(), i + group));
		}
		return printed.toString();
	}
}
