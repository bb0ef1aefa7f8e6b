package de.kmuflow.extraction.internal.einvoice;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.kmuflow.extraction.ReadingFinding;
import de.kmuflow.extraction.Severity;
import net.sf.saxon.dom.NodeOverNodeInfo;
import net.sf.saxon.s9api.XdmNode;
import org.mustangproject.XMLTools;
import org.mustangproject.validator.IrrecoverableValidationError;
import org.mustangproject.validator.ValidationContext;
import org.mustangproject.validator.ValidationResultItem;
import org.w3c.dom.Document;

/**
 * Checks an e-invoice against its XSD and the XRechnung / EN 16931 schematron rules, as the Mustang
 * validator does, with every schema and rule set compiled once per JVM ({@link CompiledRules}) and the
 * common e-invoices parsed once for all of them ({@link OneParseValidation}). Its
 * findings are kept with the invoice for the clerk; an invoice that breaks a rule is still read, never
 * dropped. Thread-safe.
 * <p>
 * Mustang's own recomputation of the totals ("Arithmetical issue" warnings) is left out: it took two
 * thirds of the time, only ever warns, and kmu-flow's arithmetic rule checks the same sums.
 */
public final class EInvoiceValidator {

	/** Below this Mustang calls a file too small to be an e-invoice. */
	private static final int MIN_LENGTH = 32;

	static {
		JdkXmlFactories.name();
	}

	private final CompiledRules rules = CompiledRules.shared();

	/** Compiles the rule sets German e-invoices use, so that the first invoice does not wait for it. */
	public void prepare() {
		rules.compileCommon();
	}

	/** The findings in the order the rules report them, each coded by its rule id ("BR-DE-15"). */
	public List<ReadingFinding> validate(byte[] xml) {
		return check(xml).findings();
	}

	/**
	 * The findings, and the document as the validation parsed it, for reading its fields without parsing
	 * it again: a read-only DOM over the rule sets' tree, null where the document was not parsed into one
	 * with the same content a DOM parser of its bytes would give (an encoding other than UTF-8, bytes that
	 * are not UTF-8, a document that is not well-formed).
	 */
	public Checked check(byte[] xml) {
		if (xml.length < MIN_LENGTH) {
			return new Checked(List.of(new ReadingFinding(ReadingFinding.SCHEMA, Severity.ERROR, "File too small")), null);
		}
		ValidationContext context = new ValidationContext(null);
		String text = new String(XMLTools.removeBOM(xml), StandardCharsets.UTF_8);
		OneParseValidation oneParse = OneParseValidation.of(rules, text);
		try {
			if (!oneParse.validate(context)) {
				CompiledRulesValidation validation = new CompiledRulesValidation(context, rules);
				validation.disableArithmeticCheck();
				validation.setStringContent(text);
				validation.validate();
			}
		}
		catch (IrrecoverableValidationError e) {
			// a document the rules cannot be applied to: the findings so far stand, as with Mustang
		}
		catch (RuntimeException e) {
			return new Checked(List.of(new ReadingFinding("VALIDATION_IMPOSSIBLE", Severity.INFO,
					"Validierung nicht möglich (validation not possible): " + e.getMessage())), null);
		}
		// decoding replaces bytes that are not UTF-8 (a DOM parser of the bytes refuses them)
		XdmNode tree = text.indexOf('\uFFFD') < 0 ? oneParse.document() : null;
		return new Checked(findings(context),
				tree == null ? null : (Document) NodeOverNodeInfo.wrap(tree.getUnderlyingNode()));
	}

	private static List<ReadingFinding> findings(ValidationContext context) {
		List<ReadingFinding> findings = new ArrayList<>();
		for (ValidationResultItem item : context.getResults()) {
			Severity severity = switch (item.getSeverity()) {
				case error, fatal -> Severity.ERROR;
				case warning -> Severity.WARNING;
				case notice -> Severity.INFO;
				case exception -> null;
			};
			String message = item.getMessage().replaceAll("\\s+", " ").strip();
			ReadingFinding finding = severity == null ? null : ReadingFinding.ofRule(severity, message);
			if (finding != null && !findings.contains(finding)) {
				findings.add(finding);
			}
		}
		return findings;
	}

	/** What {@link #check} found, and the parsed document or null. */
	public record Checked(List<ReadingFinding> findings, Document document) {
	}
}
