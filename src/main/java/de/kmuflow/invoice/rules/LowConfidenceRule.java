package de.kmuflow.invoice.rules;

import java.util.ArrayList;
import java.util.List;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;

/**
 * Doubts about how a core field was read from a PDF, scan or photo: below the threshold a person
 * compares it with the document. None for e-invoices (read field by field), and none once a person
 * has checked the invoice against its original.
 */
public final class LowConfidenceRule implements InvoiceRule {

	public static final String LOW_CONFIDENCE = "LOW_CONFIDENCE";

	private final double threshold;

	public LowConfidenceRule(double threshold) {
		this.threshold = threshold;
	}

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		if (facts.reviewed() || invoice.kind() == null || invoice.kind().isEInvoice()) {
			return List.of();
		}
		List<Finding> doubtful = new ArrayList<>();
		for (String field : InvoiceField.coreNames()) {
			Double confidence = invoice.confidence().get(field);
			if (confidence != null && confidence < threshold) {
				doubtful.add(Finding.warning(LOW_CONFIDENCE, field, "Unsicher gelesen (" + Math.round(confidence * 100)
						+ " %): bitte mit dem Beleg vergleichen.").with(String.valueOf(Math.round(confidence * 100))));
			}
		}
		return doubtful;
	}
}
