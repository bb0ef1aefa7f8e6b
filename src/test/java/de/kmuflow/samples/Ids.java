package de.kmuflow.samples;

import org.iban4j.CountryCode;
import org.iban4j.Iban;

/** Identifiers with valid check digits, so that readers can test their checks on the samples. */
public final class Ids {

	private Ids() {
	}

	/** DE + 8 digits + the check digit of ISO 7064 MOD 11,10, which the German VAT ID uses. */
	public static String germanVatId(String eightDigits) {
		int product = 10;
		for (char c : eightDigits.toCharArray()) {
			int sum = (c - '0' + product) % 10;
			if (sum == 0) {
				sum = 10;
			}
			product = (2 * sum) % 11;
		}
		int check = 11 - product;
		return "DE" + eightDigits + (check == 10 ? 0 : check);
	}

	public static String germanIban(String bankCode, String accountNumber) {
		return new Iban.Builder().countryCode(CountryCode.DE).bankCode(bankCode).accountNumber(accountNumber).build()
				.toString();
	}

	static String britishIban(String bankCode, String sortCode, String accountNumber) {
		return new Iban.Builder().countryCode(CountryCode.GB).bankCode(bankCode).branchCode(sortCode)
				.accountNumber(accountNumber).build().toString();
	}
}
