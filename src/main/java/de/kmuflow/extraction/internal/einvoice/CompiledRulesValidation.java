package de.kmuflow.extraction.internal.einvoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Validator;

import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;
import org.mustangproject.validator.EPart;
import org.mustangproject.validator.ESeverity;
import org.mustangproject.validator.IrrecoverableValidationError;
import org.mustangproject.validator.ValidationContext;
import org.mustangproject.validator.ValidationResultItem;
import org.mustangproject.validator.XMLValidator;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * One validation of one e-invoice. Mustang still decides which schema and which rule sets apply to
 * which profile and version; only the two steps that compiled a schema or loaded a rule set on every
 * call take them from {@link CompiledRules} instead, and report what they find exactly as Mustang does
 * (same messages, rule ids, severities and sections). The document is parsed once for all rule sets.
 */
final class CompiledRulesValidation extends XMLValidator {

	private static final QName ID = new QName("id");
	private static final QName TEST = new QName("test");
	private static final QName LOCATION = new QName("location");
	private static final QName FLAG = new QName("flag");

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
		try {
			Validator validator = rules.schema(schemaPath).newValidator();
			validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.validate(new SAXSource(SecureXml.reader(), new InputSource(new ByteArrayInputStream(xml))));
		}
		catch (SAXException e) {
			context.addResultItem(new ValidationResultItem(ESeverity.error, "schema validation fails:" + e)
				.setSection(section)
				.setPart(part));
		}
		catch (IOException e) {
			throw new IrrecoverableValidationError(e.getMessage());
		}
	}

	@Override
	public void validateSchematron(String xml, String stylesheet, int section, ESeverity defaultSeverity)
			throws IrrecoverableValidationError {
		XdmNode report;
		try {
			XdmDestination destination = new XdmDestination();
			rules.transformer(stylesheet).transform(parse(xml).asSource(), destination);
			report = destination.getXdmNode();
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
		int firedRules = 0;
		for (XdmNode element : report.select(Steps.descendant().where(node -> node.getNodeKind() == XdmNodeKind.ELEMENT))
			.toList()) {
			String name = element.getNodeName().getLocalName();
			if ("fired-rule".equals(name)) {
				firedRules++;
			}
			if (!"failed-assert".equals(name)) {
				continue;
			}
			if (element.getAttributeValue(ID) != null) {
				id = element.getAttributeValue(ID);
				idSuffix = " [ID " + id + "]";
			}
			if (element.getAttributeValue(TEST) != null) {
				test = element.getAttributeValue(TEST);
			}
			if (element.getAttributeValue(LOCATION) != null) {
				location = element.getAttributeValue(LOCATION);
			}
			for (XdmNode child : element.children("*")) {
				if ("text".equals(child.getNodeName().getLocalName())) {
					text = child.getStringValue();
				}
			}
			context.addResultItem(new ValidationResultItem(severity(element.getAttributeValue(FLAG), defaultSeverity),
					text + idSuffix + " from " + stylesheet + ")")
				.setLocation(location)
				.setCriterion(test)
				.setSection(section)
				.setID(id)
				.setPart(EPart.fx));
		}
		if (firedRules == 0) {
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
