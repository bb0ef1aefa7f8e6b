package de.kmuflow.samples.einvoice;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;

import de.kmuflow.samples.model.SampleInvoice;
import de.kmuflow.samples.model.Totals;

/**
 * Reads the totals back out of a written e-invoice and stops the generator when they differ from the
 * sample's: the expected JSON must describe the XML, not what we meant to write.
 */
final class EInvoiceCheck {

	private EInvoiceCheck() {
	}

	static void cii(byte[] xml, SampleInvoice invoice) {
		String sum = "//*[local-name()='SpecifiedTradeSettlementHeaderMonetarySummation']/*[local-name()='%s']";
		check(xml, invoice, "//*[local-name()='ExchangedDocument']/*[local-name()='ID']", sum.formatted("TaxBasisTotalAmount"),
				sum.formatted("TaxTotalAmount"), sum.formatted("GrandTotalAmount"), sum.formatted("DuePayableAmount"));
	}

	static void ubl(byte[] xml, SampleInvoice invoice) {
		String sum = "/*/*[local-name()='LegalMonetaryTotal']/*[local-name()='%s']";
		check(xml, invoice, "/*/*[local-name()='ID']", sum.formatted("TaxExclusiveAmount"),
				"/*/*[local-name()='TaxTotal']/*[local-name()='TaxAmount']", sum.formatted("TaxInclusiveAmount"),
				sum.formatted("PayableAmount"));
	}

	private static void check(byte[] xml, SampleInvoice invoice, String number, String net, String tax, String gross,
			String payable) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
			XPath xpath = XPathFactory.newInstance().newXPath();
			Totals totals = invoice.totals();
			same("invoice number", invoice.number(), xpath.evaluate(number, document));
			same("net total", totals.net(), new BigDecimal(xpath.evaluate(net, document).trim()));
			same("tax total", totals.tax(), new BigDecimal(xpath.evaluate(tax, document).trim()));
			same("gross total", totals.gross(), new BigDecimal(xpath.evaluate(gross, document).trim()));
			same("payable amount", invoice.payable(), new BigDecimal(xpath.evaluate(payable, document).trim()));
		}
		catch (Exception e) {
			throw new IllegalStateException("e-invoice " + invoice.number() + " does not match its sample: "
					+ e.getMessage(), e);
		}
	}

	private static void same(String what, String expected, String actual) {
		if (!expected.equals(actual.trim())) {
			throw new IllegalStateException(what + ": expected " + expected + ", written " + actual);
		}
	}

	private static void same(String what, BigDecimal expected, BigDecimal actual) {
		if (expected.compareTo(actual) != 0) {
			throw new IllegalStateException(what + ": expected " + expected + ", written " + actual);
		}
	}
}
