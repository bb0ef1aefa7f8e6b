package de.kmuflow.invoice.rules;

import java.util.List;
import java.util.regex.Pattern;

import de.kmuflow.extraction.ExtractedInvoice;

/**
 * Plausibility of a German tax number (Steuernummer): 10 to 13 digits, printed in the formats of
 * the federal states (21/815/08150, 181/815/08155, 133/8150/8159) or the uniform 13-digit federal
 * format (2181508150 without separators, 1121081508150). Only a warning: the layouts vary too much
 * for a strict check. Skipped for suppliers with a foreign VAT ID, whose tax numbers look different.
 */
public final class TaxNumberRule implements InvoiceRule {

	public static final String FORMAT = "TAX_NUMBER_FORMAT";

	private static final String FIELD = "sellerTaxNumber";
	private static final String EXAMPLES = "(z. B. 21/815/08150 oder 2181508150)";
	private static final Pattern DIGITS_AND_SEPARATORS = Pattern.compile("[0-9][0-9/ ]*[0-9]");
	private static final Pattern VAT_ID_LIKE = Pattern.compile("[A-Z]{2}[0-9A-Z]+");

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		String printed = invoice.sellerTaxNumber();
		if (printed == null || printed.isBlank() || hasForeignVatId(invoice)) {
			return List.of();
		}
		String taxNumber = printed.strip();
		if (VAT_ID_LIKE.matcher(VatIdRule.normalize(taxNumber)).matches()) {
			return List.of(Finding.warning(FORMAT, FIELD, "Als Steuernummer steht " + printed
					+ " auf der Rechnung; das sieht nach einer USt-IdNr. aus. Eine deutsche Steuernummer besteht nur aus"
					+ " Ziffern " + EXAMPLES + ".").saying("vatId", printed));
		}
		if (!DIGITS_AND_SEPARATORS.matcher(taxNumber).matches()) {
			return List.of(Finding.warning(FORMAT, FIELD, "Die Steuernummer " + printed
					+ " enthält andere Zeichen als Ziffern, Schrägstriche und Leerzeichen " + EXAMPLES + ".").saying("characters", printed));
		}
		long digits = taxNumber.chars().filter(Character::isDigit).count();
		if (digits < 10 || digits > 13) {
			return List.of(Finding.warning(FORMAT, FIELD, "Die Steuernummer " + printed + " hat " + digits
					+ " Ziffern; deutsche Steuernummern haben 10 bis 13 Ziffern " + EXAMPLES + ".")
				.saying("digits", printed, String.valueOf(digits)));
		}
		return List.of();
	}

	private static boolean hasForeignVatId(ExtractedInvoice invoice) {
		String vatId = invoice.sellerVatId();
		if (vatId == null || vatId.isBlank()) {
			return false;
		}
		String normalized = VatIdRule.normalize(vatId);
		return normalized.length() >= 2 && Character.isLetter(normalized.charAt(0)) && !normalized.startsWith("DE");
	}
}
