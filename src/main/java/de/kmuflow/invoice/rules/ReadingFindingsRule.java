package de.kmuflow.invoice.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.ReadingFinding;
import de.kmuflow.extraction.Severity;

/**
 * What the reader remarked that a person must judge: names that were made to read differently
 * than they are (bidi controls), and the rules of the e-invoice standard the document breaks.
 */
public final class ReadingFindingsRule implements InvoiceRule {

	public static final String BIDI_CONTROLS = ReadingFinding.BIDI_CONTROLS.code();
	public static final String EN16931 = "EN16931";

	/** Words that show a rule is worded in German (XRechnung's own rules mostly are, EN 16931's never). */
	private static final Pattern GERMAN_WORDS = Pattern.compile("\\b(muss|müssen|soll|sollen|darf|dürfen|werden|enthalten|Wenn)\\b");

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		List<Finding> findings = new ArrayList<>();
		if (invoice.findings().contains(ReadingFinding.BIDI_CONTROLS)) {
			// a person compares the names with the original
			findings.add(Finding.warning(BIDI_CONTROLS, "sellerName", ReadingFinding.BIDI_CONTROLS.message()));
		}
		invoice.findings().stream()
			.filter(finding -> finding.severity() == Severity.ERROR)
			.forEach(finding -> findings.add(brokenRule(finding)));
		return findings;
	}

	/**
	 * "E-Rechnung verletzt die Prüfregel BR-DE-15 (Wortlaut der Regel: …)": the rule's id and its words as
	 * the rule set has them, said to be English where they are; no translation is invented.
	 */
	private static Finding brokenRule(ReadingFinding broken) {
		String wording = broken.wording();
		if (ReadingFinding.SCHEMA.equals(broken.code())) {
			return new Finding(EN16931, Severity.WARNING, null,
					"E-Rechnung entspricht nicht dem vorgeschriebenen XML-Aufbau ihres Formats (Meldung der Prüfung, englisch: "
							+ wording + ")").saying("schema", wording);
		}
		boolean german = GERMAN_WORDS.matcher(wording).find();
		return new Finding(EN16931, Severity.WARNING, null, "E-Rechnung verletzt die Prüfregel " + broken.code()
				+ " (Wortlaut der Regel" + (german ? "" : ", englisch") + ": " + wording + ")")
			.saying(german ? "ruleInGerman" : "ruleInEnglish", broken.code(), wording);
	}
}
