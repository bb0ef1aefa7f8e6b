package de.kmuflow.samples.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates the way a German, American or British invoice prints them. */
public final class Formats {

	private final Lang lang;
	private final DateStyle dateStyle;

	public Formats(Lang lang, DateStyle dateStyle) {
		this.lang = lang;
		this.dateStyle = dateStyle;
	}

	public static Formats of(SampleInvoice invoice) {
		return new Formats(invoice.lang(), invoice.dateStyle());
	}

	/** 1.471,60 or 1,471.60; a minus sign in front for credits. */
	public String money(BigDecimal amount) {
		return decimal("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_UP));
	}

	/** A unit price: two decimals, more when the price has them (energy prices per kWh have four). */
	public String price(BigDecimal price) {
		return decimal("#,##0.00##").format(price);
	}

	/** 3 or 2,5 (no trailing zeros, as invoices print quantities). */
	public String quantity(BigDecimal quantity) {
		return decimal("#,##0.###").format(quantity);
	}

	/** 19 or 7 or 5,5. */
	public String rate(BigDecimal rate) {
		return decimal("0.##").format(rate);
	}

	public String date(LocalDate date) {
		return date(date, dateStyle);
	}

	public String date(LocalDate date, DateStyle style) {
		String pattern = switch (lang) {
			case DE -> style == DateStyle.LONG ? "d. MMMM yyyy" : "dd.MM.yyyy";
			case EN_US -> style == DateStyle.LONG ? "MMMM d, yyyy" : "MM/dd/yyyy";
			case EN_GB -> style == DateStyle.LONG ? "d MMMM yyyy" : "dd/MM/yyyy";
		};
		return DateTimeFormatter.ofPattern(pattern, locale()).format(date);
	}

	public Locale locale() {
		return switch (lang) {
			case DE -> Locale.GERMANY;
			case EN_US -> Locale.US;
			case EN_GB -> Locale.UK;
		};
	}

	private DecimalFormat decimal(String pattern) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(locale());
		// Java's German locale may use a non-breaking minus or space variants; invoices print plain ASCII
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat(pattern, symbols);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}
}
