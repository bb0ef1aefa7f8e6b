package de.kmuflow.invoice.rules;

import java.util.List;
import java.util.Locale;

import de.kmuflow.extraction.ExtractedInvoice;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import org.iban4j.bban.BbanEntryType;

/**
 * The supplier's IBAN has its country's length and layout and a correct check number (iban4j).
 * Spaces and lower case are ignored, as they are when the IBAN is printed in groups of four.
 * A wrong IBAN sends money to the wrong account, hence an error.
 */
public final class IbanRule implements InvoiceRule {

	public static final String FORMAT = "IBAN_FORMAT";
	public static final String CHECK_DIGITS = "IBAN_CHECK_DIGITS";
	public static final String COUNTRY = "IBAN_COUNTRY";

	private static final String FIELD = "sellerIban";

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		String printed = invoice.sellerIban();
		if (printed == null || printed.isBlank()) {
			return List.of();
		}
		String iban = printed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		try {
			IbanUtil.validate(iban);
			return List.of();
		}
		catch (InvalidCheckDigitException e) {
			return List.of(Finding.error(CHECK_DIGITS, FIELD, "Die IBAN " + printed + " ist ungültig: Die Prüfziffer "
					+ e.getActual() + " passt nicht zum Rest der IBAN (richtig wäre " + e.getExpected()
					+ "). Wahrscheinlich ist eine Stelle falsch gelesen oder vertauscht.")
				.with(printed, String.valueOf(e.getActual()), String.valueOf(e.getExpected())));
		}
		catch (UnsupportedCountryException e) {
			return List.of(Finding.error(COUNTRY, FIELD, "Die IBAN " + printed + " beginnt mit " + e.getCountryCode()
					+ "; dieses Land vergibt keine IBAN.").with(printed, String.valueOf(e.getCountryCode())));
		}
		catch (IbanFormatException e) {
			return List.of(Finding.error(FORMAT, FIELD, "Die IBAN " + printed + " hat nicht das richtige Format: "
					+ whatIsWrong(e, iban)).with(printed));
		}
	}

	private static String whatIsWrong(IbanFormatException e, String iban) {
		if (e.getFormatViolation() == null) {
			return "Sie ist nicht lesbar.";
		}
		return switch (e.getFormatViolation()) {
			case COUNTRY_CODE_TWO_LETTERS, COUNTRY_CODE_UPPER_CASE_LETTERS, COUNTRY_CODE_EXISTS, COUNTRY_CODE_NOT_NULL ->
				"Sie beginnt nicht mit einem gültigen Länderkennzeichen (z. B. DE).";
			case CHECK_DIGIT_ONLY_DIGITS, CHECK_DIGIT_TWO_DIGITS ->
				"Die 3. und 4. Stelle müssen die zweistellige Prüfziffer sein.";
			case BBAN_LENGTH -> "Eine IBAN aus " + iban.substring(0, 2) + " hat " + ibanLength(e.getExpected())
					+ " Stellen, diese hat " + ibanLength(e.getActual()) + ".";
			case IBAN_VALID_CHARACTERS, BBAN_ONLY_DIGITS, BBAN_ONLY_UPPER_CASE_LETTERS, BBAN_ONLY_DIGITS_OR_LETTERS,
					BBAN_INVALID_ENTRY_TYPE -> invalidCharacter(e);
			default -> "Sie passt nicht zum IBAN-Aufbau des Landes " + iban.substring(0, Math.min(2, iban.length())) + ".";
		};
	}

	/** iban4j counts the part after country and check digits (BBAN); the clerk counts the whole IBAN. */
	private static String ibanLength(Object bbanLength) {
		return bbanLength instanceof Integer length ? String.valueOf(length + 4) : String.valueOf(bbanLength);
	}

	private static String invalidCharacter(IbanFormatException e) {
		char invalid = e.getInvalidCharacter();
		String character = isVisible(invalid) ? " »" + invalid + "«" : "";
		String part = e.getBbanEntryType() == null ? "" : " in der " + partName(e.getBbanEntryType());
		String expected = switch (e.getFormatViolation()) {
			case BBAN_ONLY_DIGITS -> " (dort sind nur Ziffern erlaubt)";
			case BBAN_ONLY_UPPER_CASE_LETTERS -> " (dort sind nur Buchstaben erlaubt)";
			default -> " (erlaubt sind nur Buchstaben und Ziffern)";
		};
		return "Sie enthält ein unzulässiges Zeichen" + character + part + expected + ".";
	}

	private static boolean isVisible(char c) {
		return c > ' ' && !Character.isISOControl(c);
	}

	private static String partName(BbanEntryType type) {
		return switch (type) {
			case bank_code, bank_code_ext -> "Bankleitzahl";
			case branch_code -> "Filialnummer";
			case account_number, owner_account_number -> "Kontonummer";
			case national_check_digit -> "nationalen Prüfziffer";
			case account_type -> "Kontoart";
			case identification_number -> "Identifikationsnummer";
			default -> "Kontoangabe";
		};
	}
}
