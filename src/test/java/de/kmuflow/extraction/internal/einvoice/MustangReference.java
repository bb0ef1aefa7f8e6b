package de.kmuflow.extraction.internal.einvoice;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.mustangproject.validator.ZUGFeRDValidator;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The reference for {@link EInvoiceValidator}: Mustang's complete validation, run the way kmu-flow ran it
 * before the rules were compiled once (a new validator per document, findings read from its XML report).
 */
public final class MustangReference {

	private MustangReference() {
	}

	/** Mustang's validation as kmu-flow used it before: its report, each message once. */
	public static List<String> findings(byte[] xml) {
		String report = new ZUGFeRDValidator().validate(xml, "invoice.xml");
		List<String> findings = new ArrayList<>();
		try {
			collect(SecureXml.parse(report.getBytes(StandardCharsets.UTF_8)).getDocumentElement(), findings);
		}
		catch (SecureXml.UnreadableXmlException e) {
			throw new IllegalStateException("Mustang's report is unreadable", e);
		}
		return findings;
	}

	private static void collect(Element element, List<String> findings) {
		String severity = switch (element.getLocalName()) {
			case "error", "fatal" -> "Fehler";
			case "warning" -> "Warnung";
			case "notice" -> "Hinweis";
			default -> null;
		};
		if (severity != null) {
			String finding = severity + ": " + element.getTextContent().replaceAll("\\s+", " ").strip();
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
