package de.kmuflow.extraction.internal.einvoice;

import java.util.Map;

/**
 * Names the JDK's own XML factories as the ones to use. Mustang asks JAXP for a new DOM and XPath
 * factory on every validation, and without a name JAXP searches every jar of the class path for a
 * provider each time (about a tenth of a validation). No jar here provides one, so the search always
 * ends with these same JDK classes: naming them changes which parser runs nowhere, it only skips the
 * search. A name set by the run command is kept.
 */
final class JdkXmlFactories {

	private static final Map<String, String> DEFAULTS = Map.of(
			"javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
			"javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
			"javax.xml.xpath.XPathFactory:" + javax.xml.xpath.XPathFactory.DEFAULT_OBJECT_MODEL_URI,
			"com.sun.org.apache.xpath.internal.jaxp.XPathFactoryImpl");

	private JdkXmlFactories() {
	}

	static void name() {
		DEFAULTS.forEach((property, factory) -> {
			if (System.getProperty(property) == null) {
				System.setProperty(property, factory);
			}
		});
	}
}
