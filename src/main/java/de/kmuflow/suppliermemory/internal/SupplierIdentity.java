package de.kmuflow.suppliermemory.internal;

import java.util.Locale;

/**
 * How a supplier is recognised, in that order of trust: VAT ID, IBAN, name. VAT ID and IBAN are kept
 * compact and upper case, the name with single spaces.
 */
record SupplierIdentity(String vatId, String iban, String name) {

	SupplierIdentity {
		vatId = code(vatId);
		iban = code(iban);
		name = name == null || name.isBlank() ? null : name.strip().replaceAll("\\s+", " ");
	}

	private static String code(String value) {
		String compact = value == null ? "" : value.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
		return compact.isEmpty() ? null : compact;
	}

	boolean hasCode() {
		return vatId != null || iban != null;
	}

	boolean sameName(SupplierIdentity other) {
		return name != null && other.name != null && name.equalsIgnoreCase(other.name);
	}
}
