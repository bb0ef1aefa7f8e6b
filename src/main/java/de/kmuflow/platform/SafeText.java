package de.kmuflow.platform;

import java.util.regex.Pattern;

/**
 * Text from outside (a supplier's invoice, a mail) made safe to show and to open: without the
 * invisible Unicode controls that reorder what a person reads ({@code "Lieferant \u202Egdc.exe"}
 * shows as "Lieferant exe.cdg"), and as spreadsheet cells that are never run as formulas.
 */
public final class SafeText {

	/** Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), the marks LRM, RLM and ALM. */
	private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]");

	private SafeText() {
	}

	/** The text without bidirectional control characters; null stays null. */
	public static String withoutBidiControls(String text) {
		return text == null ? null : BIDI_CONTROLS.matcher(text).replaceAll("");
	}

	public static boolean hasBidiControls(String text) {
		return text != null && BIDI_CONTROLS.matcher(text).find();
	}

	/**
	 * A text cell a spreadsheet shows as text: one starting with {@code = + - @}, tab or carriage
	 * return gets a leading apostrophe (OWASP, CSV injection). Only for text columns: amounts stay
	 * numbers, negative ones included.
	 */
	public static String spreadsheetText(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}
}
