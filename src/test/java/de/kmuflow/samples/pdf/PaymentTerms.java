package de.kmuflow.samples.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import de.kmuflow.samples.model.CashDiscountTerm;
import de.kmuflow.samples.model.Formats;
import de.kmuflow.samples.model.SampleInvoice;

/**
 * The payment sentence under the totals, worded in several ways real suppliers use. Every wording
 * prints the due date and the Skonto values it stands for, so the expected values stay visible.
 */
public final class PaymentTerms {

	private PaymentTerms() {
	}

	public static List<String> german(SampleInvoice invoice, int wording) {
		Formats f = Formats.of(invoice);
		List<String> sentences = new ArrayList<>();
		if (invoice.dueDate() == null) {
			return sentences;
		}
		String due = f.date(invoice.dueDate());
		long days = ChronoUnit.DAYS.between(invoice.issueDate(), invoice.dueDate());
		CashDiscountTerm skonto = invoice.cashDiscount();
		if (skonto == null) {
			sentences.add(switch (wording % 3) {
				case 0 -> "Zahlbar bis zum " + due + " ohne Abzug.";
				case 1 -> "Bitte überweisen Sie den Rechnungsbetrag bis spätestens " + due
						+ " auf das unten genannte Konto.";
				default -> "Zahlungsziel: " + days + " Tage netto, fällig am " + due + ".";
			});
		}
		else if (skonto.until() == null) {
			sentences.add("Zahlungsbedingungen: " + percent(f, skonto.percent()) + " Skonto bei Zahlung innerhalb von "
					+ skonto.days() + " Tagen, " + days + " Tage netto (fällig am " + due + ").");
		}
		else if (skonto.days() == null) {
			BigDecimal discounted = discounted(invoice, skonto);
			sentences.add("Bei Zahlung bis zum " + f.date(skonto.until()) + " ziehen Sie bitte "
					+ percent(f, skonto.percent()) + " Skonto ab (Zahlbetrag dann " + f.money(discounted) + " EUR).");
			sentences.add("Ohne Abzug zahlbar bis " + due + ".");
		}
		else {
			sentences.add("Zahlbar innerhalb von " + skonto.days() + " Tagen (bis " + f.date(skonto.until()) + ") mit "
					+ percent(f, skonto.percent()) + " Skonto oder bis " + due + " netto.");
		}
		return sentences;
	}

	public static List<String> english(SampleInvoice invoice) {
		Formats f = Formats.of(invoice);
		List<String> sentences = new ArrayList<>();
		if (invoice.dueDate() == null) {
			return sentences;
		}
		String due = f.date(invoice.dueDate());
		long days = ChronoUnit.DAYS.between(invoice.issueDate(), invoice.dueDate());
		CashDiscountTerm discount = invoice.cashDiscount();
		if (discount == null) {
			sentences.add("Payment terms: " + days + " days net. Please pay by " + due + ".");
		}
		else if (discount.until() == null) {
			sentences.add("Payment terms: " + f.rate(discount.percent()) + "% discount if paid within "
					+ discount.days() + " days, otherwise " + days + " days net (due " + due + ").");
		}
		else {
			sentences.add("Payment terms: " + f.rate(discount.percent()) + "% early payment discount if paid by "
					+ f.date(discount.until()) + (discount.days() == null ? "" : " (" + discount.days() + " days)")
					+ ", otherwise net by " + due + ".");
		}
		return sentences;
	}

	private static String percent(Formats f, BigDecimal percent) {
		return f.rate(percent) + " %";
	}

	private static BigDecimal discounted(SampleInvoice invoice, CashDiscountTerm skonto) {
		BigDecimal gross = invoice.payable();
		BigDecimal off = gross.multiply(skonto.percent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
		return gross.subtract(off);
	}
}
