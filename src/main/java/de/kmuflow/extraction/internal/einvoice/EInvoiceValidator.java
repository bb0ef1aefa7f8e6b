package de.kmuflow.extraction.internal.einvoice;

import java.util.ArrayList;
import java.util.List;

import de.kmuflow.extraction.internal.einvoice.SecureXml.UnreadableXmlException;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Runs the XRechnung / EN 16931 schematron rules through the Mustang validator. Its findings are
 * kept with the invoice for the clerk; an invoice that breaks a rule is still read, never dropped.
 */
public final class EInvoiceValidator {

	/** Findings such as "Fehler: [BR-DE-15] …", in the order the validator reports them. */
	public List<String> validate(byte[] xml) {
		ZUGFeRDValidator validator = new ZUGFeRDValidator();
		String report;
		try {
			report = validator.validate(xml, "invoice.xml");
		}
		catch (RuntimeException e) {
			return List.of("Hinweis: Validierung nicht möglich (validation not possible): " + e.getMessage());
		}
		try {
			List<String> findings = new ArrayList<>();
			collect(SecureXml.parse(report.getBytes(java.nio.charset.StandardCharsets.UTF_8)).getDocumentElement(),
					findings);
			return findings;
		}
		catch (UnreadableXmlException e) {
			return List.of("Hinweis: Prüfbericht nicht lesbar (validation report unreadable)");
		}
	}

	private static void collect(Element element, List<String> findings) {
		String severity = switch (element.getLocalName()) {
			case "error", "fatal" -> "Fehler";
			case "warning" -> "Warnung";
			case "notice" -> "Hinweis";
			default -> null;
		};
		if (severity != null) {
			String text = element.getTextContent().replaceAll("\\s+", " ").strip();
			String finding = severity + ": " + text;
			if (!findings.contains(finding)) {
				findings.add(finding);
			}
			return;
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				collect(childElement, findings);
			}
		}
	}
}
