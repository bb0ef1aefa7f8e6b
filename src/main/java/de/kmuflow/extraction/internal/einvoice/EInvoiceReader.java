package de.kmuflow.extraction.internal.einvoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.internal.einvoice.SecureXml.UnreadableXmlException;
import org.mustangproject.ZUGFeRD.ZUGFeRDImporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads structured e-invoices field for field: XRechnung and EN 16931 in UBL or CII syntax,
 * ZUGFeRD 1.0 and 2.x / Factur-X. The XML inside a PDF is taken out with the Mustang library.
 * An e-invoice's values are the legal original, so every field read has confidence 1.
 */
public final class EInvoiceReader {

	/** The syntax of an XML document, judged by its root element; null when it is no e-invoice. */
	public static DocumentKind syntaxOf(byte[] xml) throws UnreadableXmlException {
		return syntaxOf(SecureXml.parse(xml).getDocumentElement());
	}

	private static DocumentKind syntaxOf(Element root) {
		Element invoice = unwrapped(root);
		return switch (invoice.getLocalName()) {
			case "Invoice", "CreditNote" -> isUbl(invoice) ? DocumentKind.XRECHNUNG_UBL : null;
			case "CrossIndustryInvoice", "CrossIndustryDocument" -> DocumentKind.XRECHNUNG_CII;
			default -> null;
		};
	}

	/**
	 * The invoice inside a Peppol transport envelope (StandardBusinessDocument with its header);
	 * any other root is the invoice itself.
	 */
	private static Element unwrapped(Element root) {
		if (!"StandardBusinessDocument".equals(root.getLocalName())) {
			return root;
		}
		Element invoice = Elements.child(root, "Invoice|CreditNote");
		return invoice != null ? invoice : root;
	}

	/**
	 * UBL by its namespace, or by its structure where a producer left the namespace out or gave a
	 * wrong one: an issue date and a supplier party directly under the root.
	 */
	private static boolean isUbl(Element root) {
		boolean ublNamespace = root.getNamespaceURI() != null
				&& root.getNamespaceURI().startsWith("urn:oasis:names:specification:ubl:schema:xsd:");
		return ublNamespace || Elements.child(root, "IssueDate") != null
				&& Elements.child(root, "AccountingSupplierParty") != null;
	}

	/** Reads an XML e-invoice. */
	public ExtractedInvoice readXml(byte[] xml) throws UnreadableEInvoiceException {
		return readXml(xml, null);
	}

	/** Reads the e-invoice embedded in a ZUGFeRD / Factur-X / XRechnung PDF; null when the PDF carries none. */
	public ExtractedInvoice readPdf(byte[] pdf) throws UnreadableEInvoiceException {
		byte[] xml = embeddedXml(pdf);
		return xml == null ? null : readXml(xml, DocumentKind.ZUGFERD);
	}

	/** The invoice XML attached to a PDF, or null. */
	public static byte[] embeddedXml(byte[] pdf) {
		try {
			ZUGFeRDImporter importer = new ZUGFeRDImporter(new ByteArrayInputStream(pdf));
			byte[] xml = importer.getRawXML();
			return xml == null || xml.length == 0 ? null : xml;
		}
		catch (RuntimeException e) {
			// not a PDF Mustang can open, or no attachment: the caller reads it as an ordinary PDF
			return null;
		}
	}

	/** Reads XML that came in {@code container} (ZUGFERD for XML from a PDF), or on its own when null. */
	public ExtractedInvoice readXml(byte[] xml, DocumentKind container) throws UnreadableEInvoiceException {
		Document document;
		try {
			document = SecureXml.parse(xml);
		}
		catch (UnreadableXmlException e) {
			throw new UnreadableEInvoiceException(e.getMessage(), e);
		}
		return readXml(document, container);
	}

	/** Reads XML parsed before (by the validation), as {@link #readXml(byte[], DocumentKind)} reads its bytes. */
	public ExtractedInvoice readXml(Document document, DocumentKind container) throws UnreadableEInvoiceException {
		Element root = unwrapped(document.getDocumentElement());
		DocumentKind syntax = syntaxOf(root);
		if (syntax == null) {
			throw new UnreadableEInvoiceException("Keine E-Rechnung: unbekanntes XML-Format <" + root.getLocalName()
					+ "> (not an e-invoice: unknown XML root element)", null);
		}
		ExtractedInvoice.Builder invoice = ExtractedInvoice.builder(container != null ? container : syntax);
		if (syntax == DocumentKind.XRECHNUNG_UBL) {
			UblReader.read(root, invoice);
		}
		else {
			CiiReader.read(root, invoice);
		}
		ExtractedInvoice read = invoice.build();
		ExtractedInvoice.Builder withConfidence = read.toBuilder();
		read.presentFields().forEach(field -> withConfidence.confidence(field, 1.0));
		return withConfidence.build();
	}

	/** The document is an e-invoice in form but cannot be read; the message is meant for a clerk. */
	public static final class UnreadableEInvoiceException extends IOException {

		UnreadableEInvoiceException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
