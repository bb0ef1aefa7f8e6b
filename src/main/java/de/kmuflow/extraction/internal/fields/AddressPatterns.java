package de.kmuflow.extraction.internal.fields;

import java.util.regex.Pattern;

/** What the parts of a postal address and a company name look like, across the usual countries. */
final class AddressPatterns {

	/** "12345 Berlin", "D-12345 Berlin", "1010 Wien", "CH-8001 Zürich", "1234 AB Amsterdam". */
	static final Pattern POSTAL_LINE = Pattern
		.compile("(?<![\\d\\p{L}])(?:[A-Z]{1,2}[- ])?\\d{4,5}(?: [A-Z]{2})? \\p{Lu}[\\p{L}.\\-]+");

	/** A street and house number: "Hauptstraße 12a", "Am Markt 3", "12 High Street", "Postfach 1234". */
	static final Pattern STREET = Pattern.compile("(?i)^(?:"
			+ "\\p{L}[\\p{L}.'\\- ]{1,40}\\s\\d{1,4}\\s?[a-z]?(?:\\s?[-/]\\s?\\d{1,4}[a-z]?)?" // Hauptstraße 12a, Weg 3-5
			+ "|\\d{1,4}[a-z]?,?\\s\\p{L}[\\p{L}.'\\- ]{2,40}" // 12 High Street
			+ "|postfach\\s[\\d ]+|p\\.?\\s?o\\.?\\sbox\\s\\d+)$");

	/** The legal forms that end a company name. */
	static final Pattern LEGAL_FORM = Pattern.compile("(?<![\\p{L}])("
			+ "GmbH|gGmbH|AG|UG|KG|KGaA|OHG|oHG|GbR|mbH|PartG|PartGmbB|& Co\\.?|Gesellschaft|Handelsgesellschaft"
			+ "|e\\. ?K\\.?|e\\. ?Kfm\\.?|e\\. ?Kfr\\.?|e\\. ?V\\.|e\\. ?U\\.|OG|KEG" // German and Austrian
			+ "|Ltd\\.?|Limited|Inc\\.?|LLC|SE|SARL|S\\.à r\\.l\\.|SAS|S\\.A\\.|B\\.V\\.|BV|N\\.V\\."
			+ "|S\\.r\\.l\\.|S\\.p\\.A\\.|A/S|ApS|Oy|Sp\\. z o\\.o\\.)(?![\\p{L}])");

	/** Contact data, not names: phone, mail, web. */
	static final Pattern CONTACT = Pattern
		.compile("(?i)(@|www\\.|https?:|\\.(de|com|eu|net|org|at|ch)\\b|^(tel|fon|fax|telefon|phone|mobil|e-?mail)\\b|\\+\\d{2} ?\\d)");

	/** Words that introduce a person in an address: "Herrn", "Frau", "Firma", "z. Hd.". */
	static final Pattern SALUTATION = Pattern
		.compile("(?i)^(firma|herrn|herr|frau|mr\\.?|mrs\\.?|ms\\.?|messrs\\.?|an|to|attn\\.?:?|z\\. ?hd\\.?( von)?)(\\s+|$)");

	/** Names of banks, which appear in footers beside the company's own name. */
	static final Pattern BANK = Pattern.compile("(?i)(bank|sparkasse|volksbank|raiffeisen|postbank|commerzbank|"
			+ "landesbank|\\bgls\\b|ing-diba|\\bing\\b|hypovereinsbank|targobank|comdirect|\\bdkb\\b|n26|sparda|\\bpsd\\b)");

	private AddressPatterns() {
	}

	static boolean isPostalLine(String text) {
		return POSTAL_LINE.matcher(text).find();
	}

	static boolean isStreet(String text) {
		return STREET.matcher(text.trim()).matches();
	}

	static boolean hasLegalForm(String text) {
		return LEGAL_FORM.matcher(text).find();
	}

	static boolean isContact(String text) {
		return CONTACT.matcher(text).find();
	}

	/** "Firma Müller GmbH" becomes "Müller GmbH", "Herrn Max Muster" becomes "Max Muster". */
	static String withoutSalutation(String text) {
		String name = text.trim();
		for (int i = 0; i < 2; i++) {
			name = SALUTATION.matcher(name).replaceFirst("").trim();
		}
		return name;
	}
}
