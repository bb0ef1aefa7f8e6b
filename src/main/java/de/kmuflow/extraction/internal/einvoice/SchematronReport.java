package de.kmuflow.extraction.internal.einvoice;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What Mustang reads from a rule set's report (SVRL), taken from the report's events as the rule set
 * writes them: its failed asserts and how many rules fired. No report tree is built.
 */
final class SchematronReport extends DefaultHandler {

	/** A failed assert's attributes and the text of its last text child; null where it has none. */
	record FailedAssert(String id, String test, String location, String flag, String text) {
	}

	private final List<FailedAssert> failedAsserts = new ArrayList<>();
	private int firedRules;
	/** Depth of elements inside the failed assert being read; 0 when outside one. */
	private int depth;
	private Attributes assertAttributes;
	private String assertText;
	private StringBuilder text;

	List<FailedAssert> failedAsserts() {
		return failedAsserts;
	}

	int firedRules() {
		return firedRules;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		if (depth > 0) {
			depth++;
			if (depth == 2 && "text".equals(localName)) {
				text = new StringBuilder();
			}
			return;
		}
		if ("fired-rule".equals(localName)) {
			firedRules++;
		}
		else if ("failed-assert".equals(localName)) {
			depth = 1;
			// the parser may reuse its attributes object: keep what is needed now
			assertAttributes = new AttributesImpl(attributes);
			assertText = null;
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (text != null) {
			text.append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		if (depth == 0) {
			return;
		}
		if (depth == 2 && text != null) {
			assertText = text.toString();
			text = null;
		}
		if (--depth == 0) {
			failedAsserts.add(new FailedAssert(assertAttributes.getValue("", "id"), assertAttributes.getValue("", "test"),
					assertAttributes.getValue("", "location"), assertAttributes.getValue("", "flag"), assertText));
		}
	}
}
