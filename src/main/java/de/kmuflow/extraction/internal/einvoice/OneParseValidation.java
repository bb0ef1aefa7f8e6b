package de.kmuflow.extraction.internal.einvoice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.validation.ValidatorHandler;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import org.mustangproject.validator.EPart;
import org.mustangproject.validator.ESeverity;
import org.mustangproject.validator.IrrecoverableValidationError;
import org.mustangproject.validator.ValidationContext;
import org.mustangproject.validator.ValidationResultItem;
import org.xml.sax.SAXException;

/**
 * Validates a UBL invoice or credit note, or a CII invoice (XRechnung, EN 16931, ZUGFeRD 2 / Factur-X), on
 * one parse: the parse builds the tree every rule set runs on and checks the XML schema on the way. The
 * rule sets are chosen from the root element and the profile (CustomizationID or guideline ID) read from
 * that tree, as Mustang's validator chooses them, and each finding is reported as Mustang reports it, in
 * the same order. Mustang's own way (its parse of the document to choose the rule sets, then one more
 * for the schema) remains for what this does not cover: other roots (Order-X, ZUGFeRD 1), documents
 * without a profile, in another encoding than UTF-8, with CDATA sections, or that Xerces finds faulty.
 */
final class OneParseValidation {

	static final String EN16931_UBL = "/xslt/en16931schematron/EN16931-UBL-validation.xslt";
	static final String EN16931_CII = "/xslt/en16931schematron/EN16931-CII-validation.xslt";
	private static final String FACTUR_X = "ZF_250";
	private static final String FACTUR_X_EN16931_SCHEMA = FACTUR_X + "/EN16931/FACTUR-X_EN16931.xsd";
	/** The French rules Mustang adds when seller and buyer are both in France. */
	private static final String FRENCH_RULES = "/xslt/XP_Z12_012/20260216_BR-FR-Flux2-Schematron-CII_V1.3.0.xsl";
	private static final Set<String> XRECHNUNG_UBL_VERSIONS = Set.of("12", "20", "21", "22", "23", "30");
	private static final List<String> CII_PROFILES = List.of("urn:factur-x.eu:1p0:minimum", "urn:zugferd.de:2p0:minimum",
			"urn:factur-x.eu:1p0:basicwl", "urn:zugferd.de:2p0:basicwl",
			"urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic",
			"urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic", "urn:cen.eu:en16931:2017",
			"urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended",
			"urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended");
	private static final List<String> EN16931_PROFILES = List.of("urn:cen.eu:en16931:2017:compliant:factur-x.eu:1p0:en16931",
			"urn:cen.eu:en16931:2017");

	/** Mustang's expressions, word for word: which text nodes count is part of its choice. */
	static final String PROFILE = "(//*[local-name()=\"GuidelineSpecifiedDocumentContextParameter\"]/*[local-name()=\"ID\"])/text()"
			+ "|//*[local-name()=\"CustomizationID\"]/text()";
	static final String SELLER_COUNTRY = tradePartyCountry("SellerTradeParty");
	static final String BUYER_COUNTRY = tradePartyCountry("BuyerTradeParty");

	private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");
	private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)");
	private static final Pattern GUIDELINE_ID = Pattern
		.compile("GuidelineSpecifiedDocumentContextParameter>\\s*<([\\w.-]+:)?ID>([^<]*)<");

	private final CompiledRules rules;
	private final String xml;
	private XdmNode document;
	private TreeWithSchemaCheck parsed;
	private String checkedSchema;
	private ValidationContext context;

	private OneParseValidation(CompiledRules rules, String xml) {
		this.rules = rules;
		this.xml = xml;
	}

	/** A validation of {@code xml}, decoded as UTF-8 as Mustang decodes it. */
	static OneParseValidation of(CompiledRules rules, String xml) {
		return new OneParseValidation(rules, xml);
	}

	/**
	 * Validates into {@code context}; false, with nothing added, when the document is one for Mustang's
	 * own way.
	 */
	boolean validate(ValidationContext context) throws IrrecoverableValidationError {
		this.context = context;
		if (!parse() || parsed.hasUnusualParts()) {
			return false;
		}
		try {
			return run();
		}
		catch (SaxonApiException | RuntimeException e) {
			// Mustang ends the validation at an unexpected failure; the findings so far stand
			throw new IrrecoverableValidationError(String.valueOf(e.getMessage()));
		}
	}

	/** The tree the document was parsed into, also where Mustang's way validated it; null if it was not. */
	XdmNode document() {
		return document;
	}

	private boolean parse() {
		Matcher encoding = DECLARED_ENCODING.matcher(xml);
		// a string parse ignores the declared encoding, Mustang's schema check (on bytes) does not
		if (encoding.find() && !"UTF-8".equalsIgnoreCase(encoding.group(1))) {
			return false;
		}
		checkedSchema = likelySchema();
		try {
			ValidatorHandler schema = checkedSchema == null ? null : RuleChecks.schemaHandler(rules, checkedSchema);
			parsed = TreeWithSchemaCheck.parse(rules, xml, schema);
			document = parsed.document();
		}
		catch (SAXException | IOException | SaxonApiException | RuntimeException e) {
			// not well-formed, or a schema that does not compile: Mustang's way says what it says of that
			document = null;
			return false;
		}
		return true;
	}

	/**
	 * The schema the document most likely needs, to check it during the parse: by its root element and,
	 * for CII, the profile named near its top. The choice made after the parse decides; where the two
	 * differ, the document is parsed once more for its schema.
	 */
	private String likelySchema() {
		int start = 0;
		while (true) {
			start = xml.indexOf('<', start);
			if (start < 0 || start + 1 >= xml.length()) {
				return null;
			}
			char next = xml.charAt(start + 1);
			if (next != '?' && next != '!') {
				break;
			}
			start++;
		}
		Matcher root = ROOT.matcher(xml).region(start, xml.length());
		if (!root.lookingAt()) {
			return null;
		}
		return switch (root.group(2)) {
			case "Invoice", "CreditNote" -> "UBL_21/maindoc/UBL-" + root.group(2) + "-2.1.xsd";
			case "CrossIndustryInvoice" -> {
				Matcher guideline = GUIDELINE_ID.matcher(xml);
				yield guideline.find() ? new CiiProfile(guideline.group(2).trim()).schema() : FACTUR_X_EN16931_SCHEMA;
			}
			default -> null;
		};
	}

	private boolean run() throws IrrecoverableValidationError, SaxonApiException {
		XdmNode root = rootElement();
		String rootName = root == null ? "" : root.getNodeName().getLocalName();
		boolean ubl = "Invoice".equals(rootName) || "CreditNote".equals(rootName);
		if (!ubl && !"CrossIndustryInvoice".equals(rootName)) {
			return false;
		}
		String profile = profile();
		if (profile == null) {
			return false;
		}
		context.setProfile(profile);
		context.setGeneration("2");
		if (ubl) {
			validateUbl(rootName, context.getProfile());
		}
		else {
			validateCii(context.getProfile());
		}
		return true;
	}

	private void validateUbl(String rootName, String profile) throws IrrecoverableValidationError {
		context.setFormat("UBL");
		schema("UBL_21/maindoc/UBL-" + rootName + "-2.1.xsd");
		schematron(EN16931_UBL, 24, ESeverity.error);
		if (profile.contains("xrechnung")) {
			String version = profile.length() < 3 ? "" : profile.substring(profile.length() - 3).replace(".", "");
			if (!XRECHNUNG_UBL_VERSIONS.contains(version)) {
				throw new IrrecoverableValidationError("Unsupported XR version");
			}
			schematron("/xslt/XR_" + version + "/XRechnung-UBL-validation.xslt", 27, ESeverity.error);
		}
	}

	private void validateCii(String profile) throws IrrecoverableValidationError, SaxonApiException {
		boolean french = "FR".equalsIgnoreCase(firstText(SELLER_COUNTRY)) && "FR".equalsIgnoreCase(firstText(BUYER_COUNTRY));
		CiiProfile kind = new CiiProfile(profile);
		ESeverity xrechnungSeverity = ESeverity.notice;
		if (kind.schema() != null) {
			schema(kind.schema());
		}
		if (kind.xrechnung && !kind.minimum && !kind.basicWithoutLines && !kind.basic && !kind.en16931) {
			xrechnungSeverity = ESeverity.error;
		}
		if (CII_PROFILES.stream().noneMatch(known -> matchesUri(profile, known))) {
			context.addResultItem(new ValidationResultItem(ESeverity.error, "Unsupported profile type " + profile)
				.setSection(25)
				.setPart(EPart.fx));
		}
		String stylesheet = kind.stylesheet();
		if (stylesheet != null) {
			schematron(stylesheet, 4, ESeverity.error);
			if (french) {
				schematron(FRENCH_RULES, 4, ESeverity.error);
			}
		}
		if (kind.xrechnung) {
			schematron(EN16931_CII, 24, ESeverity.error);
		}
		if (kind.xrechnung || kind.basic || kind.en16931) {
			schematron(xrechnungCiiRules(), 27, xrechnungSeverity);
		}
	}

	/** Mustang picks the XRechnung version for CII by the whole document's text. */
	private String xrechnungCiiRules() {
		String version;
		if (xml.contains(":xrechnung_1.")) {
			version = "12";
		}
		else if (xml.contains(":xrechnung_2.0")) {
			version = "20";
		}
		else if (xml.contains(":xrechnung_2.1")) {
			version = "21";
		}
		else if (xml.contains(":xrechnung_2.2")) {
			version = "22";
		}
		else if (xml.contains(":xrechnung_2.3")) {
			version = "23";
		}
		else {
			version = "30";
		}
		return "/xslt/XR_" + version + "/XRechnung-CII-validation.xslt";
	}

	private void schema(String schemaPath) throws IrrecoverableValidationError {
		if (schemaPath.equals(checkedSchema)) {
			if (parsed.schemaError() != null) {
				context.addResultItem(RuleChecks.schemaFailure(parsed.schemaError(), 18, EPart.fx));
			}
		}
		else {
			RuleChecks.schema(context, rules, xml.getBytes(StandardCharsets.UTF_8), schemaPath, 18, EPart.fx);
		}
	}

	private void schematron(String stylesheet, int section, ESeverity severity) throws IrrecoverableValidationError {
		RuleChecks.schematron(context, rules, document, stylesheet, section, severity);
	}

	private XdmNode rootElement() {
		for (XdmNode child : document.children()) {
			if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
				return child;
			}
		}
		return null;
	}

	/** As Mustang: the last of the matching text nodes, trimmed; null when there is none. */
	private String profile() throws SaxonApiException {
		XdmValue ids = select(PROFILE);
		return ids.size() == 0 ? null : ids.itemAt(ids.size() - 1).getStringValue().trim();
	}

	private String firstText(String expression) throws SaxonApiException {
		XdmValue texts = select(expression);
		return texts.size() == 0 ? "" : texts.itemAt(0).getStringValue().trim();
	}

	private XdmValue select(String expression) throws SaxonApiException {
		XPathSelector selector = rules.xpath(expression).load();
		selector.setContextItem(document);
		return selector.evaluate();
	}

	static boolean matchesUri(String uri, String known) {
		return uri.equals(known) || uri.startsWith(known + "#");
	}

	private static String tradePartyCountry(String party) {
		return "//*[local-name() = 'CrossIndustryInvoice']//*[local-name() = 'SupplyChainTradeTransaction']"
				+ "//*[local-name() = 'ApplicableHeaderTradeAgreement']//*[local-name() = '" + party + "']"
				+ "//*[local-name() = 'PostalTradeAddress']/*[local-name() = 'CountryID']/text()";
	}

	/** What Mustang reads from a CII profile, by the same tests in the same order of precedence. */
	private static final class CiiProfile {

		final boolean minimum;
		final boolean basicWithoutLines;
		final boolean basic;
		final boolean en16931;
		final boolean extended;
		final boolean xrechnung;

		CiiProfile(String profile) {
			minimum = profile.contains("minimum");
			basicWithoutLines = profile.contains("basicwl");
			basic = !basicWithoutLines && profile.contains("basic");
			extended = profile.contains("extended");
			xrechnung = profile.contains("xrechnung");
			en16931 = !extended && !xrechnung && EN16931_PROFILES.stream().anyMatch(known -> matchesUri(profile, known));
		}

		String schema() {
			String part = part();
			if (part == null) {
				return xrechnung ? FACTUR_X_EN16931_SCHEMA : null;
			}
			return FACTUR_X + "/" + part + "/FACTUR-X_" + (basicWithoutLines ? "BASICWL" : part) + ".xsd";
		}

		String stylesheet() {
			String part = part();
			return part == null ? null : "/xslt/" + FACTUR_X + "/FACTUR-X_" + part + ".xslt";
		}

		/** The Factur-X profile's name in Mustang's file names; null for XRechnung and unknown profiles. */
		private String part() {
			if (minimum) {
				return "MINIMUM";
			}
			if (basicWithoutLines) {
				return "BASIC-WL";
			}
			if (basic) {
				return "BASIC";
			}
			if (en16931) {
				return "EN16931";
			}
			if (xrechnung) {
				return null;
			}
			return extended ? "EXTENDED" : null;
		}
	}
}
