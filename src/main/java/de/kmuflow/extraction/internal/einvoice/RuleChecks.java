package de.kmuflow.extraction.internal.einvoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Validator;
import javax.xml.validation.ValidatorHandler;

import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.mustangproject.validator.EPart;
import org.mustangproject.validator.ESeverity;
import org.mustangproject.validator.IrrecoverableValidationError;
import org.mustangproject.validator.ValidationContext;
import org.mustangproject.validator.ValidationResultItem;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * The two checks of a validation, an XML schema and a rule set (schematron), with compiled schemas and
 * stylesheets, reporting what they find exactly as Mustang does: same messages, rule ids, severities
 * and sections.
 */
final class RuleChecks {

	private RuleChecks() {
	}

	/** Checks the document against the schema at this path, parsing it for this alone. */
	static void schema(ValidationContext context, CompiledRules rules, byte[] xml, String schemaPath, int section,
			EPart part) throws IrrecoverableValidationError {
		try {
			Validator validator = rules.schema(schemaPath).newValidator();
			validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.validate(new SAXSource(SecureXml.reader(), new InputSource(new ByteArrayInputStream(xml))));
		}
		catch (SAXException e) {
			context.addResultItem(schemaFailure(e, section, part));
		}
		catch (IOException e) {
			throw new IrrecoverableValidationError(e.getMessage());
		}
	}

	/** A checker of the schema at this path that is fed the parser's events, with the same protection. */
	static ValidatorHandler schemaHandler(CompiledRules rules, String schemaPath)
			throws SAXNotRecognizedException, SAXNotSupportedException {
		ValidatorHandler handler = rules.schema(schemaPath).newValidatorHandler();
		handler.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		return handler;
	}

	/** Mustang's finding for a document its schema refuses: the first error ends the check. */
	static ValidationResultItem schemaFailure(SAXException e, int section, EPart part) {
		return new ValidationResultItem(ESeverity.error, "schema validation fails:" + e).setSection(section).setPart(part);
	}

	/** Applies the rule set at this class-path name to the parsed document. */
	static void schematron(ValidationContext context, CompiledRules rules, XdmNode document, String stylesheet,
			int section, ESeverity defaultSeverity) throws IrrecoverableValidationError {
		SchematronReport report = new SchematronReport();
		try {
			rules.transformer(stylesheet).transform(document.asSource(), new SAXDestination(report));
		}
		catch (SaxonApiException e) {
			throw new IrrecoverableValidationError(e.getMessage());
		}
		// as Mustang: an assert without id or text keeps those of the one before it
		String text = "";
		String idSuffix = "";
		String id = "";
		String test = "";
		String location = "";
		for (SchematronReport.FailedAssert failed : report.failedAsserts()) {
			if (failed.id() != null) {
				id = failed.id();
				idSuffix = " [ID " + id + "]";
			}
			if (failed.test() != null) {
				test = failed.test();
			}
			if (failed.location() != null) {
				location = failed.location();
			}
			if (failed.text() != null) {
				text = failed.text();
			}
			context.addResultItem(new ValidationResultItem(severity(failed.flag(), defaultSeverity),
					text + idSuffix + " from " + stylesheet + ")")
				.setLocation(location)
				.setCriterion(test)
				.setSection(section)
				.setID(id)
				.setPart(EPart.fx));
		}
		if (report.firedRules() == 0) {
			context.addResultItem(new ValidationResultItem(ESeverity.error, "No rules matched, XML too minimal?")
				.setSection(26)
				.setPart(EPart.fx));
		}
	}

	private static ESeverity severity(String flag, ESeverity defaultSeverity) {
		if (defaultSeverity == ESeverity.notice) {
			return ESeverity.notice;
		}
		if ("warning".equals(flag)) {
			return ESeverity.warning;
		}
		return "information".equals(flag) ? ESeverity.notice : ESeverity.error;
	}
}
