package de.kmuflow.extraction.internal.einvoice;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.trans.XPathException;
import org.xml.sax.SAXException;

/**
 * The official EN 16931 / XRechnung / Factur-X rule sets shipped in the Mustang validator jar (schematron
 * already turned into XSLT, and the XSD schemas), each compiled once per JVM and then shared by every
 * thread: compiled stylesheets and schemas are immutable. Compiling them is what made each validation
 * cost tens of milliseconds; applying them costs a few.
 */
final class CompiledRules {

	/** The rule sets German e-invoices need: EN 16931 and XRechnung 3 in UBL and CII, and their schemas. */
	static final List<String> COMMON_STYLESHEETS = List.of("/xslt/en16931schematron/EN16931-UBL-validation.xslt",
			"/xslt/XR_30/XRechnung-UBL-validation.xslt", "/xslt/en16931schematron/EN16931-CII-validation.xslt",
			"/xslt/XR_30/XRechnung-CII-validation.xslt");
	static final List<String> COMMON_SCHEMAS = List.of("UBL_21/maindoc/UBL-Invoice-2.1.xsd",
			"UBL_21/maindoc/UBL-CreditNote-2.1.xsd", "ZF_250/EN16931/FACTUR-X_EN16931.xsd");

	private static final CompiledRules SHARED = new CompiledRules();

	private static final String XSLT_NAMESPACE_OF_XSL = "xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"";
	private static final Pattern BARE_APPLY_TEMPLATES = Pattern.compile("<xsl:apply-templates\\s*/>");
	/** A rule without a mode (the default mode's), and the two the generated rule sets have there. */
	private static final Pattern DEFAULT_MODE_RULE = Pattern.compile("<xsl:template\\b(?![^>]*\\smode=\")[^>]*>");
	private static final Pattern EMPTY_DEFAULT_RULE = Pattern
		.compile("<xsl:template\\s+match=\"/\"\\s*>|<xsl:template\\s+match=\"text\\(\\)\"\\s+priority=\"-1\"\\s*/>");

	private final Processor processor = new Processor(false);
	private final Map<String, RuleSet> stylesheets = new ConcurrentHashMap<>();
	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
	private final Map<String, XdmNode> codeLists = new ConcurrentHashMap<>();
	private final Map<String, XPathExecutable> expressions = new ConcurrentHashMap<>();

	private CompiledRules() {
	}

	static CompiledRules shared() {
		return SHARED;
	}

	Processor processor() {
		return processor;
	}

	/** The compiled stylesheet at this class-path name, e.g. "/xslt/XR_30/XRechnung-UBL-validation.xslt". */
	XsltExecutable stylesheet(String name) {
		return ruleSet(name).executable();
	}

	/** A transformer of the stylesheet at this class-path name: one per document, not to be shared. */
	Xslt30Transformer transformer(String name) {
		RuleSet ruleSet = ruleSet(name);
		Xslt30Transformer transformer = ruleSet.executable().load30();
		transformer.setResourceResolver(request -> codeList(ruleSet.location(),
				request.relativeUri != null ? request.relativeUri : request.uri).asSource());
		return transformer;
	}

	private RuleSet ruleSet(String name) {
		return stylesheets.computeIfAbsent(name, this::compileStylesheet);
	}

	/**
	 * A code list the Factur-X rules read with document(), from beside the stylesheet, parsed once. Saxon
	 * cannot resolve a relative name against a jar: address by itself, and would parse it per document.
	 */
	private XdmNode codeList(URL stylesheet, String name) throws XPathException {
		if (name == null || name.contains(":") || name.contains("..")) {
			throw new XPathException("Rule sets read only the files beside them, not " + name);
		}
		try {
			URL url = new URL(stylesheet, name);
			return codeLists.computeIfAbsent(url.toExternalForm(), address -> {
				try {
					return processor.newDocumentBuilder().build(new StreamSource(address));
				}
				catch (SaxonApiException e) {
					throw new IllegalStateException("Code list " + address + " is unreadable", e);
				}
			});
		}
		catch (MalformedURLException | IllegalStateException e) {
			throw new XPathException(e.getMessage(), e);
		}
	}

	/** The compiled schema at this path below "schema/" in the Mustang validator jar. */
	Schema schema(String path) {
		return schemas.computeIfAbsent(path, CompiledRules::compileSchema);
	}

	/** The compiled XPath expression (no namespaces declared): compiled once, loaded once per use. */
	XPathExecutable xpath(String expression) {
		return expressions.computeIfAbsent(expression, source -> {
			try {
				return processor.newXPathCompiler().compile(source);
			}
			catch (SaxonApiException e) {
				throw new IllegalStateException("XPath " + source + " does not compile", e);
			}
		});
	}

	/** Compiles the common rule sets now, so that the first invoice does not wait for them. */
	void compileCommon() {
		COMMON_STYLESHEETS.forEach(this::stylesheet);
		COMMON_SCHEMAS.forEach(this::schema);
		List.of(OneParseValidation.PROFILE, OneParseValidation.SELLER_COUNTRY, OneParseValidation.BUYER_COUNTRY)
			.forEach(this::xpath);
	}

	private RuleSet compileStylesheet(String name) {
		URL url = resource(name.substring(1));
		XsltCompiler compiler = processor.newXsltCompiler();
		// the generated stylesheets trip Saxon's style warnings (value-of in functions): not ours to fix
		compiler.setErrorReporter(error -> {
		});
		try (InputStream in = url.openStream()) {
			String stylesheet = withoutEmptyWalks(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			return new RuleSet(compiler.compile(new StreamSource(new StringReader(stylesheet), url.toExternalForm())), url);
		}
		catch (SaxonApiException | IOException e) {
			throw new IllegalStateException("Rule set " + name + " does not compile", e);
		}
	}

	/**
	 * The stylesheet without its bare {@code <xsl:apply-templates/>}: the generated rule sets have one per
	 * pattern (the Factur-X ones several dozen), each walking the whole document in the default mode,
	 * whose only rules are the one for "/" and an empty one for text. A walk that can only meet the empty
	 * rule and the built-in ones writes nothing, so the report is the same without it; removing them saves
	 * a tenth of the XRechnung time and more of the Factur-X time. Left as it is where the default mode
	 * has any other rule.
	 */
	static String withoutEmptyWalks(String stylesheet) {
		if (!stylesheet.contains(XSLT_NAMESPACE_OF_XSL) || DEFAULT_MODE_RULE.matcher(stylesheet).results()
			.anyMatch(rule -> !EMPTY_DEFAULT_RULE.matcher(rule.group()).matches())) {
			return stylesheet;
		}
		return BARE_APPLY_TEMPLATES.matcher(stylesheet).replaceAll("");
	}

	private static Schema compileSchema(String path) {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			// as Mustang: the UBL signature schema has a DOCTYPE, so only external DTDs are refused
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			return factory.newSchema(resource("schema/" + path));
		}
		catch (SAXException e) {
			throw new IllegalStateException("Schema " + path + " does not compile", e);
		}
	}

	private static URL resource(String name) {
		URL url = CompiledRules.class.getClassLoader().getResource(name);
		if (url == null) {
			throw new IllegalStateException("Rule set " + name + " is missing from the class path");
		}
		return url;
	}

	private record RuleSet(XsltExecutable executable, URL location) {
	}
}
