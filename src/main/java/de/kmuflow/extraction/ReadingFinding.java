package de.kmuflow.extraction;

import java.util.Objects;

/**
 * A remark the reader makes about a document: a stable {@code code} (for an e-invoice rule its id,
 * e.g. {@code BR-DE-15}, else a name), how much it matters, and a German message for the clerk.
 */
public record ReadingFinding(String code, Severity severity, String message) {

	/** Said once when a document's text carried controls that would make it read differently than it is. */
	public static final ReadingFinding BIDI_CONTROLS = new ReadingFinding("BIDI_CONTROLS", Severity.WARNING,
			"unsichtbare Steuerzeichen der Schreibrichtung (Unicode-Bidi) wurden aus den gelesenen Texten entfernt;"
					+ " der Beleg versucht womöglich, Namen zu verschleiern (bidi control characters removed)");

	/** The code of the remark that a document was read as a till receipt. */
	public static final String RECEIPT_CODE = "RECEIPT";

	/**
	 * Said of a document read as a till receipt (a small-amount invoice, §33 UStDV): total, tax, date
	 * and seller were taken the way a receipt prints them, and the net is the total less the tax.
	 */
	public static final ReadingFinding RECEIPT = new ReadingFinding(RECEIPT_CODE, Severity.INFO,
			"als Kassenbon gelesen (Kleinbetragsrechnung nach § 33 UStDV): Gesamtbetrag, Steuer, Datum und Verkäufer"
					+ " vom Bon, netto = brutto − Steuer (read as a till receipt)");

	/** The code of a validation finding without a rule id: the document breaks the syntax's schema. */
	public static final String SCHEMA = "SCHEMA";

	public ReadingFinding {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
	}

	/**
	 * A finding of the e-invoice validation, coded by the rule id its message names ("[ID BR-DE-15]");
	 * one without is a breach of the syntax's schema.
	 */
	public static ReadingFinding ofRule(Severity severity, String message) {
		int id = message.lastIndexOf("[ID ");
		int end = id < 0 ? -1 : message.indexOf(']', id);
		return new ReadingFinding(end < 0 ? SCHEMA : message.substring(id + 4, end), severity, message);
	}

	/**
	 * The words of the rule alone, as its rule set writes them (English for EN 16931, mostly German for
	 * XRechnung's own rules): without the leading "[BR-DE-15]", the appended rule id and the style sheet
	 * it came from; for a schema breach without the parser's exception name.
	 */
	public String wording() {
		String words = message;
		int id = words.lastIndexOf(" [ID ");
		if (id >= 0) {
			words = words.substring(0, id);
		}
		return words.replaceFirst("^\\s*\\[[^\\]]*\\]\\s*-?\\s*", "")
			.replaceFirst("^schema validation fails:\\s*", "")
			.replace("org.xml.sax.SAXParseException; ", "")
			.replace("org.xml.sax.SAXParseException: ", "")
			.strip();
	}

	/**
	 * A finding stored as text before findings had codes ("Fehler: [ID BR-DE-15] …"), read back
	 * once from an old extraction; nothing new is written this way.
	 */
	static ReadingFinding legacy(String text) {
		if (text.contains("Unicode-Bidi")) {
			return BIDI_CONTROLS;
		}
		for (Severity severity : Severity.values()) {
			if (text.startsWith(severity.german() + ": ")) {
				return ofRule(severity, text.substring(severity.german().length() + 2));
			}
		}
		return new ReadingFinding("NOTE", Severity.INFO, text);
	}

	/** As a person reads it: "Fehler: [BR-DE-15] …". */
	public String text() {
		return severity.german() + ": " + message;
	}
}
