package de.kmuflow.extraction.internal.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.junit.jupiter.api.Test;

/**
 * The rule sets are compiled without their walks of the default mode, which write nothing: the report
 * of each must stay exactly as the official stylesheet writes it, rule for rule and fired rule for fired
 * rule.
 */
class CompiledRulesTest {

	private static final List<String> UBL = List.of("sample-invoices/xrechnung-ubl-elektro-kessler-stadt-talbrueck.xml",
			"../shared/corpus/xrechnung-testsuite/business-cases/extension/05.01a-INVOICE_ubl.xml");
	private static final List<String> CII = List.of("sample-invoices/xrechnung-cii-nordlicht-it-stadt-talbrueck.xml",
			"sample-invoices/xrechnung-cii-baeckerei-kornblume-mixed.xml");

	private final Processor processor = CompiledRules.shared().processor();

	@Test
	void theCompiledRuleSetsWriteTheOfficialStylesheetsReports() throws Exception {
		for (String stylesheet : CompiledRules.COMMON_STYLESHEETS) {
			XsltExecutable official = official(stylesheet);
			for (String document : stylesheet.contains("UBL") ? UBL : CII) {
				XdmNode tree = processor.newDocumentBuilder().build(new StreamSource(Path.of(document).toFile()));

				assertThat(report(CompiledRules.shared().stylesheet(stylesheet), tree)).as(stylesheet + " on " + document)
					.contains("fired-rule")
					.isEqualTo(report(official, tree));
			}
		}
	}

	@Test
	void onlyTheWalksOfTheDefaultModeAreLeftOut() throws Exception {
		String official = text("/xslt/XR_30/XRechnung-UBL-validation.xslt");

		String compiled = CompiledRules.withoutEmptyWalks(official);

		assertThat(compiled).doesNotContain("<xsl:apply-templates/>");
		assertThat(compiled.replaceAll("\\s+", "")).isEqualTo(official.replace("<xsl:apply-templates/>", "").replaceAll("\\s+", ""));
		String withAnotherDefaultRule = official.replace("<xsl:template match=\"/\">",
				"<xsl:template match=\"*\"><xsl:value-of select=\"name()\"/></xsl:template><xsl:template match=\"/\">");
		assertThat(CompiledRules.withoutEmptyWalks(withAnotherDefaultRule)).isEqualTo(withAnotherDefaultRule);
	}

	private XsltExecutable official(String stylesheet) throws Exception {
		URL url = getClass().getResource(stylesheet);
		XsltCompiler compiler = processor.newXsltCompiler();
		compiler.setErrorReporter(error -> {
		});
		return compiler.compile(new StreamSource(url.toExternalForm()));
	}

	private String report(XsltExecutable stylesheet, XdmNode document) throws Exception {
		StringWriter report = new StringWriter();
		stylesheet.load30().transform(document.asSource(), processor.newSerializer(report));
		return report.toString();
	}

	private static String text(String resource) throws Exception {
		try (InputStream in = CompiledRulesTest.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
