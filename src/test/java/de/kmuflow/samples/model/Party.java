package de.kmuflow.samples.model;

/**
 * A fictional company as it appears on an invoice. Any identifier may be null: small traders
 * print only a tax number, foreign suppliers no German one.
 */
public record Party(
		String name,
		String street,
		String zip,
		String city,
		String countryCode,
		String vatId,
		String taxNumber,
		String iban,
		String bic,
		String bankName,
		String phone,
		String email,
		String contactName,
		String register,
		String managingDirector) {

	/** "30159 Hannover", or "London EC2A 4NE" in British order. */
	public String postalLine() {
		return "GB".equals(countryCode) ? city + " " + zip : zip + " " + city;
	}

	public Party withoutVatId() {
		return new Party(name, street, zip, city, countryCode, null, taxNumber, iban, bic, bankName, phone, email,
				contactName, register, managingDirector);
	}

	public Party withoutTaxNumber() {
		return new Party(name, street, zip, city, countryCode, vatId, null, iban, bic, bankName, phone, email,
				contactName, register, managingDirector);
	}

	public Party withoutBank() {
		return new Party(name, street, zip, city, countryCode, vatId, taxNumber, null, null, null, phone, email,
				contactName, register, managingDirector);
	}

	public Party withContact(String contact) {
		return new Party(name, street, zip, city, countryCode, vatId, taxNumber, iban, bic, bankName, phone, email,
				contact, register, managingDirector);
	}
}
