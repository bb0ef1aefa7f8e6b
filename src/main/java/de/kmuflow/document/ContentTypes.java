package de.kmuflow.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.tika.Tika;

/**
 * The media type of a document from its bytes (magic numbers), never from its name; Tika knows the
 * signatures. Decides which documents can be invoices: PDF, the raster images the reader handles,
 * and e-invoice XML (UBL Invoice or CreditNote, CII) recognised by its root element. Anything a
 * browser would run (HTML, XHTML, SVG, scripts) and any other XML stays out.
 */
public final class ContentTypes {

	public static final String PDF = "application/pdf";
	private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/tiff");
	private static final Set<String> XML = Set.of("application/xml", "text/xml");
	private static final Set<String> ACTIVE = Set.of("text/html", "application/xhtml+xml", "image/svg+xml");
	private static final String UBL_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:";
	private static final XMLInputFactory STAX = secureStax();
	/** UBL and CII invoices nest about a dozen levels deep. */
	private static final int MAX_XML_DEPTH = 100;

	private final Tika tika = new Tika();

	public String detect(byte[] content) {
		try {
			return tika.detect(new ByteArrayInputStream(content));
		}
		catch (IOException e) {
			return "application/octet-stream";
		}
	}

	/** What an invoice can be: PDF, a scan or photo, or e-invoice XML. */
	public static boolean isInvoiceType(String mediaType, byte[] content) {
		return refusal(mediaType, content).isEmpty();
	}

	/** Why XML (an e-invoice on its own or one taken out of a PDF) cannot be an e-invoice; empty when it can. */
	public static Optional<String> xmlRefusal(byte[] xml) {
		return eInvoiceRefusal(xml);
	}

	/**
	 * Why a document of this type and content cannot be an invoice, in words a clerk understands
	 * (German, the English in brackets); empty when it can be one.
	 */
	public static Optional<String> refusal(String mediaType, byte[] content) {
		if (PDF.equals(mediaType) || isImage(mediaType)) {
			return Optional.empty();
		}
		if (ACTIVE.contains(mediaType)) {
			return Optional.of("Webseiten und Vektorgrafiken (" + mediaType + ") können Skripte enthalten und werden"
					+ " nicht angenommen (web pages and SVG are refused)");
		}
		if (isXml(mediaType) || looksLikeXml(content)) {
			return eInvoiceRefusal(content);
		}
		return Optional.of("der Inhalt ist " + mediaType + " (not an invoice file type)");
	}

	/** XML without a declaration is detected as plain text; its first character gives it away. */
	public static boolean looksLikeXml(byte[] content) {
		for (byte b : content) {
			if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
				return b == '<';
			}
		}
		return false;
	}

	public static boolean isImage(String mediaType) {
		return IMAGES.contains(mediaType);
	}

	/** Tika names XML by its root element where it knows it; anything ending in +xml or xml counts. */
	public static boolean isXml(String mediaType) {
		return XML.contains(mediaType) || mediaType.endsWith("+xml");
	}

	/**
	 * Reads the XML once, as a stream and without a DTD: an e-invoice never has one, and a DTD is how
	 * entity bombs and external entities (XXE) get in. Its root must be an e-invoice's, and it must
	 * not nest deeper than any invoice does (deep nesting overflows the stack of the readers).
	 */
	private static Optional<String> eInvoiceRefusal(byte[] content) {
		XMLStreamReader xml = null;
		try {
			xml = STAX.createXMLStreamReader(new ByteArrayInputStream(content));
			int depth = 0;
			boolean root = true;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					return Optional.of(dtdRefusal());
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					if (root && !isEInvoiceRoot(xml.getLocalName(), xml.getNamespaceURI())) {
						return Optional.of("XML, aber keine E-Rechnung (Wurzelelement <" + xml.getLocalName()
								+ ">) (XML that is no e-invoice)");
					}
					root = false;
					if (++depth > MAX_XML_DEPTH) {
						return Optional.of("XML ist tiefer als " + MAX_XML_DEPTH + " Ebenen verschachtelt, keine"
								+ " E-Rechnung ist das (XML nested too deeply)");
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
			return root ? Optional.of("XML ohne Inhalt (XML without a root element)") : Optional.empty();
		}
		catch (XMLStreamException e) {
			return Optional.of(e.getMessage() != null && e.getMessage().contains("DOCTYPE") ? dtdRefusal()
					: "kein wohlgeformtes XML, etwa HTML (malformed XML)");
		}
		finally {
			close(xml);
		}
	}

	private static boolean isEInvoiceRoot(String localName, String namespace) {
		return switch (localName) {
			case "Invoice", "CreditNote" -> namespace != null && namespace.startsWith(UBL_NAMESPACE);
			case "CrossIndustryInvoice", "CrossIndustryDocument" -> true;
			default -> false;
		};
	}

	private static String dtdRefusal() {
		return "XML mit DOCTYPE/DTD wird aus Sicherheitsgründen nicht angenommen, E-Rechnungen haben keine"
				+ " (XML with a DOCTYPE is refused)";
	}

	private static XMLInputFactory secureStax() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	private static void close(XMLStreamReader xml) {
		if (xml != null) {
			try {
				xml.close();
			}
			catch (XMLStreamException e) {
				// nothing was opened that needs closing
			}
		}
	}
}
