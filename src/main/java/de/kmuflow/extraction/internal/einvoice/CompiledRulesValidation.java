package de.kmuflow.extraction.internal.einvoice;

import java.io.StringReader;

import javax.xml.transform.sax.SAXSource;

import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.mustangproject.validator.EPart;
import org.mustangproject.validator.ESeverity;
import org.mustangproject.validator.IrrecoverableValidationError;
import org.mustangproject.validator.ValidationContext;
import org.mustangproject.validator.XMLValidator;
import org.xml.sax.InputSource;

/**
 * One validation of one e-invoice the Mustang way, for the documents {@link OneParseValidation} leaves to
 * it: Mustang decides which schema and which rule sets apply to which profile and version; only the two
 * steps that compiled a schema or loaded a rule set on every call take them from {@link CompiledRules}
 * instead ({@link RuleChecks}). The document is parsed once for all rule sets.
 */
final class CompiledRulesValidation extends XMLValidator {

	private final CompiledRules rules;
	private String parsedXml;
	private XdmNode parsed;

	CompiledRulesValidation(ValidationContext context, CompiledRules rules) {
		super(context);
		this.rules = rules;
	}

	@Override
	protected void validateSchema(byte[] xml, String schemaPath, int section, EPart part)
			throws IrrecoverableValidationError {
		RuleChecks.schema(context, rules, xml, schemaPath, section, part);
	}

	@Override
	public void validateSchematron(String xml, String stylesheet, int section, ESeverity defaultSeverity)
			throws IrrecoverableValidationError {
		XdmNode document;
		try {
			document = parse(xml);
		}
		catch (SaxonApiException e) {
			throw new IrrecoverableValidationError(e.getMessage());
		}
		RuleChecks.schematron(context, rules, document, stylesheet, section, defaultSeverity);
	}

	private XdmNode parse(String xml) throws SaxonApiException {
		// Mustang hands the same string to every rule set of a validation: identity is enough
		if (xml != parsedXml) {
			parsed = rules.processor()
				.newDocumentBuilder()
				.build(new SAXSource(SecureXml.reader(), new InputSource(new StringReader(xml))));
			parsedXml = xml;
		}
		return parsed;
	}
}
