package de.kmuflow.invoice.rules;

import java.util.ArrayList;
import java.util.List;

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

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		List<Finding> findings = new ArrayList<>();
		if (invoice.findings().contains(ReadingFinding.BIDI_CONTROLS)) {
			// a person compares the names with the original
			findings.add(Finding.warning(BIDI_CONTROLS, "sellerName", ReadingFinding.BIDI_CONTROLS.message()));
		}
		invoice.findings().stream()
			.filter(finding -> finding.severity() == Severity.ERROR)
			.forEach(finding -> findings.add(new Finding(EN16931, Severity.WARNING, null,
					"E-Rechnung verletzt eine Regel: " + finding.text()).with(finding.message())));
		return findings;
	}
}
