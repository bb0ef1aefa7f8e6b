package de.kmuflow.extraction.internal.einvoice;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.validation.ValidatorHandler;

import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.LexicalHandler;

/**
 * One parse of a document that builds the tree the rule sets run on and, from the same parser events,
 * checks it against an XML schema. The schema check ends at its first error, as a schema validator's
 * own parse does; the tree is built to the end. Not thread-safe: one per document.
 */
final class TreeWithSchemaCheck implements ContentHandler, LexicalHandler, ErrorHandler {

	private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

	private final BuildingContentHandler tree;
	private final LexicalHandler treeLexical;
	/** Null when there is no schema to check or after its first error. */
	private ContentHandler schema;
	private SAXException schemaError;
	private boolean cdata;
	private boolean parserError;

	private TreeWithSchemaCheck(BuildingContentHandler tree, ValidatorHandler schema) {
		this.tree = tree;
		this.treeLexical = (LexicalHandler) tree;
		this.schema = schema;
	}

	/**
	 * Parses the document, refusing DTDs and external entities; {@code schema} may be null. Throws what the
	 * parser throws for a document that is not well-formed.
	 */
	static TreeWithSchemaCheck parse(CompiledRules rules, String xml, ValidatorHandler schema)
			throws SAXException, IOException {
		TreeWithSchemaCheck handler;
		try {
			handler = new TreeWithSchemaCheck(rules.processor().newDocumentBuilder().newBuildingContentHandler(), schema);
		}
		catch (SaxonApiException e) {
			throw new IllegalStateException("Saxon cannot build a tree from parser events", e);
		}
		XMLReader reader = SecureXml.reader();
		reader.setContentHandler(handler);
		reader.setProperty(LEXICAL_HANDLER, handler);
		reader.setErrorHandler(handler);
		reader.parse(new InputSource(new StringReader(xml)));
		return handler;
	}

	XdmNode document() throws SaxonApiException {
		return tree.getDocumentNode();
	}

	/** The schema's first error, or null when the document is valid (or no schema was checked). */
	SAXException schemaError() {
		return schemaError;
	}

	/**
	 * Whether the document has parts that a DOM parser and this tree render differently (CDATA sections
	 * merge with the text beside them here), or drew an error the parser could recover from.
	 */
	boolean hasUnusualParts() {
		return cdata || parserError;
	}

	@FunctionalInterface
	private interface SchemaEvent {
		void send(ContentHandler handler) throws SAXException;
	}

	private void toSchema(SchemaEvent event) {
		if (schema != null) {
			try {
				event.send(schema);
			}
			catch (SAXException e) {
				schemaError = e;
				schema = null;
			}
		}
	}

	@Override
	public void setDocumentLocator(Locator locator) {
		tree.setDocumentLocator(locator);
		if (schema != null) {
			schema.setDocumentLocator(locator);
		}
	}

	@Override
	public void startDocument() throws SAXException {
		tree.startDocument();
		toSchema(ContentHandler::startDocument);
	}

	@Override
	public void endDocument() throws SAXException {
		tree.endDocument();
		toSchema(ContentHandler::endDocument);
	}

	@Override
	public void startPrefixMapping(String prefix, String uri) throws SAXException {
		tree.startPrefixMapping(prefix, uri);
		toSchema(handler -> handler.startPrefixMapping(prefix, uri));
	}

	@Override
	public void endPrefixMapping(String prefix) throws SAXException {
		tree.endPrefixMapping(prefix);
		toSchema(handler -> handler.endPrefixMapping(prefix));
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		tree.startElement(uri, localName, qName, attributes);
		toSchema(handler -> handler.startElement(uri, localName, qName, attributes));
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		tree.endElement(uri, localName, qName);
		toSchema(handler -> handler.endElement(uri, localName, qName));
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		tree.characters(ch, start, length);
		toSchema(handler -> handler.characters(ch, start, length));
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
		tree.ignorableWhitespace(ch, start, length);
		toSchema(handler -> handler.ignorableWhitespace(ch, start, length));
	}

	@Override
	public void processingInstruction(String target, String data) throws SAXException {
		tree.processingInstruction(target, data);
		toSchema(handler -> handler.processingInstruction(target, data));
	}

	@Override
	public void skippedEntity(String name) throws SAXException {
		tree.skippedEntity(name);
		toSchema(handler -> handler.skippedEntity(name));
	}

	@Override
	public void comment(char[] ch, int start, int length) throws SAXException {
		treeLexical.comment(ch, start, length);
	}

	@Override
	public void startCDATA() throws SAXException {
		cdata = true;
		treeLexical.startCDATA();
	}

	@Override
	public void endCDATA() throws SAXException {
		treeLexical.endCDATA();
	}

	@Override
	public void startDTD(String name, String publicId, String systemId) throws SAXException {
		treeLexical.startDTD(name, publicId, systemId);
	}

	@Override
	public void endDTD() throws SAXException {
		treeLexical.endDTD();
	}

	@Override
	public void startEntity(String name) throws SAXException {
		treeLexical.startEntity(name);
	}

	@Override
	public void endEntity(String name) throws SAXException {
		treeLexical.endEntity(name);
	}

	@Override
	public void warning(SAXParseException exception) {
		// the parser's warnings change nothing, as in a schema validator's own parse
	}

	@Override
	public void error(SAXParseException exception) {
		parserError = true;
	}

	@Override
	public void fatalError(SAXParseException exception) throws SAXException {
		throw exception;
	}
}
