package de.kmuflow.invoice.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.kmuflow.extraction.ExtractedInvoice;

/**
 * The supplier's VAT ID (USt-IdNr.) has the layout of its country, see {@link VatIdFormat}. Spaces,
 * dots and hyphens are ignored, as printed IDs use them freely. A German ID also carries a check
 * digit; a wrong one is only a warning, because whether an ID is really valid only the Federal
 * Central Tax Office (BZSt) can confirm.
 */
public final class VatIdRule implements InvoiceRule {

	public static final String FORMAT = "VAT_ID_FORMAT";
	public static final String COUNTRY = "VAT_ID_COUNTRY";
	public static final String CHECK_DIGIT = "VAT_ID_CHECK_DIGIT";

	private static final String FIELD = "sellerVatId";

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		String printed = invoice.sellerVatId();
		if (printed == null || printed.isBlank()) {
			return List.of();
		}
		String vatId = normalize(printed);
		if (vatId.length() < 2 || !Character.isLetter(vatId.charAt(0)) || !Character.isLetter(vatId.charAt(1))) {
			return List.of(Finding.error(COUNTRY, FIELD, "Die USt-IdNr. " + printed
					+ " beginnt nicht mit einem Länderkennzeichen (z. B. DE); ist es vielleicht die Steuernummer?")
				.saying("missing", printed));
		}
		String prefix = vatId.substring(0, 2);
		if ("GR".equals(prefix)) {
			return List.of(Finding.error(COUNTRY, FIELD, "Die USt-IdNr. " + printed
					+ " beginnt mit GR; griechische USt-IdNr. beginnen mit EL.").saying("greek", printed));
		}
		Optional<VatIdFormat> format = VatIdFormat.forPrefix(prefix);
		if (format.isEmpty()) {
			return List.of(Finding.warning(COUNTRY, FIELD, "Das Länderkennzeichen " + prefix + " der USt-IdNr. "
					+ printed + " ist für Umsatzsteuer-Identifikationsnummern nicht bekannt; bitte prüfen.").saying("unknown", printed, prefix));
		}
		if (!format.get().matches(vatId)) {
			return List.of(Finding.error(FORMAT, FIELD, "Die USt-IdNr. " + printed + " hat nicht das "
					+ format.get().adjective() + " Format " + format.get().layout() + ".").with(printed, prefix));
		}
		if ("DE".equals(prefix) && !germanCheckDigitHolds(vatId.substring(2))) {
			return List.of(Finding.warning(CHECK_DIGIT, FIELD, "Die Prüfziffer (letzte Stelle) der USt-IdNr. " + printed
					+ " stimmt nicht; wahrscheinlich ist eine Ziffer falsch gelesen. Bitte am Beleg prüfen oder beim"
					+ " Bundeszentralamt für Steuern bestätigen lassen.").with(printed));
		}
		return List.of();
	}

	static String normalize(String vatId) {
		return vatId.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
	}

	/** ISO 7064 MOD 11,10 over the first eight digits, as the BZSt computes German VAT IDs. */
	static boolean germanCheckDigitHolds(String nineDigits) {
		int product = 10;
		for (int i = 0; i < 8; i++) {
			int sum = (nineDigits.charAt(i) - '0' + product) % 10;
			if (sum == 0) {
				sum = 10;
			}
			product = (2 * sum) % 11;
		}
		int check = 11 - product;
		if (check == 10) {
			check = 0;
		}
		return check == nineDigits.charAt(8) - '0';
	}
}
