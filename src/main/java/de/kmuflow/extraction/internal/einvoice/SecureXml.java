package de.kmuflow.extraction.internal.einvoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Parses XML with DTDs and external entities refused: an invoice never needs them, and an attacker
 * could use them to read files or reach internal hosts (XXE).
 */
public final class SecureXml {

	/** Refuse DOCTYPEs, external entities and external DTDs: set on every kind of parser factory. */
	private static final Map<String, Boolean> SAFE_FEATURES = Map.of(
			"http://apache.org/xml/features/disallow-doctype-decl", true,
			"http://xml.org/sax/features/external-general-entities", false,
			"http://xml.org/sax/features/external-parameter-entities", false,
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", false,
			XMLConstants.FEATURE_SECURE_PROCESSING, true);

	private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SecureXml::newBuilder);
	// a factory is not thread-safe; each thread makes its readers with its own
	private static final ThreadLocal<SAXParserFactory> READER_FACTORY = ThreadLocal.withInitial(SecureXml::newReaderFactory);

	private SecureXml() {
	}

	public static Document parse(byte[] xml) throws UnreadableXmlException {
		DocumentBuilder builder = BUILDER.get();
		try {
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXParseException e) {
			if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
				throw new UnreadableXmlException("XML mit DOCTYPE/Entitäten wird aus Sicherheitsgründen nicht gelesen"
						+ " (XML with a DOCTYPE or entities is refused for security reasons)", e);
			}
			throw new UnreadableXmlException("XML ist nicht wohlgeformt (malformed XML): line " + e.getLineNumber()
					+ ": " + e.getMessage(), e);
		}
		catch (SAXException | IOException e) {
			throw new UnreadableXmlException("XML ist nicht lesbar (unreadable XML): " + e.getMessage(), e);
		}
		finally {
			builder.reset();
		}
	}

	private static DocumentBuilder newBuilder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			for (Map.Entry<String, Boolean> feature : SAFE_FEATURES.entrySet()) {
				factory.setFeature(feature.getKey(), feature.getValue());
			}
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder;
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException("XML parser lacks the security features kmu-flow needs", e);
		}
	}

	/**
	 * A namespace-aware SAX reader with the same protection, for libraries that parse themselves (Saxon,
	 * schema validation). A new one per document: a reader keeps the handlers of its last use.
	 */
	public static XMLReader reader() {
		try {
			XMLReader reader = READER_FACTORY.get().newSAXParser().getXMLReader();
			reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			return reader;
		}
		catch (ParserConfigurationException | SAXException e) {
			throw new IllegalStateException("XML parser lacks the security features kmu-flow needs", e);
		}
	}

	private static SAXParserFactory newReaderFactory() {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setXIncludeAware(false);
			for (Map.Entry<String, Boolean> feature : SAFE_FEATURES.entrySet()) {
				factory.setFeature(feature.getKey(), feature.getValue());
			}
			return factory;
		}
		catch (ParserConfigurationException | SAXException e) {
			throw new IllegalStateException("XML parser lacks the security features kmu-flow needs", e);
		}
	}

	/** The XML could not be read; the message says why in words a clerk understands. */
	public static final class UnreadableXmlException extends Exception {

		UnreadableXmlException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
