package de.kmuflow.extraction.internal.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.kmuflow.extraction.CashDiscount;

/** Turns the text of e-invoice elements into typed values; a value that does not parse is null. */
final class EInvoiceValues {

	private static final DateTimeFormatter CII_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	/** XRechnung's convention for cash discount terms: "#SKONTO#TAGE=14#PROZENT=2.00#". */
	private static final Pattern XRECHNUNG_SKONTO = Pattern
		.compile("#SKONTO#TAGE=(\\d+)#PROZENT=(\\d+(?:\\.\\d+)?)#");

	private EInvoiceValues() {
	}

	static BigDecimal amount(String text) {
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** ISO dates (UBL) and the CII format 102 (yyyyMMdd). */
	static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		try {
			return value.length() == 8 ? LocalDate.parse(value, CII_DATE) : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	static String compact(String identifier) {
		return identifier == null ? null : identifier.replaceAll("\\s+", "");
	}

	static CashDiscount cashDiscount(String paymentTerms, LocalDate issueDate) {
		if (paymentTerms == null) {
			return null;
		}
		Matcher matcher = XRECHNUNG_SKONTO.matcher(paymentTerms);
		if (!matcher.find()) {
			return null;
		}
		int days = Integer.parseInt(matcher.group(1));
		return new CashDiscount(new BigDecimal(matcher.group(2)), days,
				issueDate == null ? null : issueDate.plusDays(days));
	}
}
