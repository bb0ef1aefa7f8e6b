package de.kmuflow.invoice.rules;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * The layout of VAT IDs per country prefix (EU member states as the EU's VIES service knows them,
 * plus Northern Ireland, Great Britain, Switzerland and Norway), applied to the ID without spaces,
 * dots and hyphens. {@code adjective} and {@code layout} make the clerk's message:
 * "hat nicht das deutsche Format DE + 9 Ziffern".
 */
record VatIdFormat(String prefix, Pattern pattern, String adjective, String layout) {

	private static final Map<String, VatIdFormat> BY_PREFIX = Map.ofEntries(
			format("AT", "ATU\\d{8}", "österreichische", "ATU + 8 Ziffern"),
			format("BE", "BE[01]\\d{9}", "belgische", "BE + 10 Ziffern, die erste 0 oder 1"),
			format("BG", "BG\\d{9,10}", "bulgarische", "BG + 9 oder 10 Ziffern"),
			format("CY", "CY\\d{8}[A-Z]", "zyprische", "CY + 8 Ziffern + 1 Buchstabe"),
			format("CZ", "CZ\\d{8,10}", "tschechische", "CZ + 8 bis 10 Ziffern"),
			format("DE", "DE\\d{9}", "deutsche", "DE + 9 Ziffern"),
			format("DK", "DK\\d{8}", "dänische", "DK + 8 Ziffern"),
			format("EE", "EE\\d{9}", "estnische", "EE + 9 Ziffern"),
			format("EL", "EL\\d{9}", "griechische", "EL + 9 Ziffern"),
			// a letter or digit at both ends, seven digits between, never a digit at both ends
			format("ES", "ES([A-Z]\\d{7}[A-Z0-9]|\\d{8}[A-Z])", "spanische",
					"ES + 9 Zeichen: Buchstabe oder Ziffer, 7 Ziffern, Buchstabe oder Ziffer (nicht an beiden Enden eine Ziffer)"),
			format("FI", "FI\\d{8}", "finnische", "FI + 8 Ziffern"),
			// the two key characters never use O or I
			format("FR", "FR[A-HJ-NP-Z0-9]{2}\\d{9}", "französische", "FR + 2 Zeichen (Ziffern oder Buchstaben) + 9 Ziffern"),
			format("HR", "HR\\d{11}", "kroatische", "HR + 11 Ziffern"),
			format("HU", "HU\\d{8}", "ungarische", "HU + 8 Ziffern"),
			format("IE", "IE(\\d{7}[A-W][A-IW]?|\\d[A-Z+*]\\d{5}[A-W])", "irische",
					"IE + 7 Ziffern + 1 oder 2 Buchstaben (alt: Ziffer, Buchstabe, 5 Ziffern, Buchstabe)"),
			format("IT", "IT\\d{11}", "italienische", "IT + 11 Ziffern"),
			format("LT", "LT(\\d{9}|\\d{12})", "litauische", "LT + 9 oder 12 Ziffern"),
			format("LU", "LU\\d{8}", "luxemburgische", "LU + 8 Ziffern"),
			format("LV", "LV\\d{11}", "lettische", "LV + 11 Ziffern"),
			format("MT", "MT\\d{8}", "maltesische", "MT + 8 Ziffern"),
			format("NL", "NL\\d{9}B\\d{2}", "niederländische", "NL + 9 Ziffern + B + 2 Ziffern"),
			format("PL", "PL\\d{10}", "polnische", "PL + 10 Ziffern"),
			format("PT", "PT\\d{9}", "portugiesische", "PT + 9 Ziffern"),
			format("RO", "RO[1-9]\\d{1,9}", "rumänische", "RO + 2 bis 10 Ziffern"),
			format("SE", "SE\\d{10}01", "schwedische", "SE + 12 Ziffern, endend auf 01"),
			format("SI", "SI\\d{8}", "slowenische", "SI + 8 Ziffern"),
			format("SK", "SK\\d{10}", "slowakische", "SK + 10 Ziffern"),
			format("XI", "XI(\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3})", "nordirische", "XI + 9 oder 12 Ziffern"),
			format("GB", "GB(\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3})", "britische",
					"GB + 9 oder 12 Ziffern (Behörden: GD oder HA + 3 Ziffern)"),
			format("CH", "CHE\\d{9}(MWST|TVA|IVA)?", "schweizerische", "CHE + 9 Ziffern, z. B. CHE-123.456.789 MWST"),
			format("NO", "NO\\d{9}(MVA)?", "norwegische", "NO + 9 Ziffern + MVA"));

	static Optional<VatIdFormat> forPrefix(String prefix) {
		return Optional.ofNullable(BY_PREFIX.get(prefix));
	}

	boolean matches(String normalizedVatId) {
		return pattern.matcher(normalizedVatId).matches();
	}

	private static Map.Entry<String, VatIdFormat> format(String prefix, String regex, String adjective, String layout) {
		return entry(prefix, new VatIdFormat(prefix, Pattern.compile(regex), adjective, layout));
	}
}
