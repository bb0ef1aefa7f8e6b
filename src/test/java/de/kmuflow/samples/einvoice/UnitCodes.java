package de.kmuflow.samples.einvoice;

import java.util.Map;

/** UN/ECE Recommendation 20 codes for the units printed on the samples. */
final class UnitCodes {

	private static final Map<String, String> CODES = Map.ofEntries(
			Map.entry("Stk", "H87"), Map.entry("Std", "HUR"), Map.entry("m", "MTR"), Map.entry("m²", "MTK"),
			Map.entry("kg", "KGM"), Map.entry("kWh", "KWH"), Map.entry("Monat", "MON"), Map.entry("Tag", "DAY"),
			Map.entry("Nacht", "DAY"), Map.entry("pausch.", "LS"), Map.entry("Fl", "XBO"), Map.entry("Sack", "XSA"),
			Map.entry("Pack", "XPK"), Map.entry("Karton", "XCT"), Map.entry("Set", "SET"), Map.entry("Blech", "H87"),
			Map.entry("Sdg", "C62"), Map.entry("Einh.", "C62"), Map.entry("AN", "C62"));

	private UnitCodes() {
	}

	static String of(String unit) {
		return CODES.getOrDefault(unit, "C62");
	}
}
