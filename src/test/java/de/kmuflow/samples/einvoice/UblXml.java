package de.kmuflow.samples.einvoice;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import de.kmuflow.samples.model.CashDiscountTerm;
import de.kmuflow.samples.model.Deduction;
import de.kmuflow.samples.model.Line;
import de.kmuflow.samples.model.Party;
import de.kmuflow.samples.model.SampleInvoice;
import de.kmuflow.samples.model.TaxAmount;
import de.kmuflow.samples.model.Totals;

/**
 * XRechnung 3.0 in UBL syntax. Mustang writes CII only, so the UBL document is built here with the
 * JDK's DOM, element by element in the order the UBL 2.1 schema prescribes.
 */
public final class UblXml {

	private static final String INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
	private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
	private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

	private final Document document;
	private final String currency;

	private UblXml(Document document, String currency) {
		this.document = document;
		this.currency = currency;
	}

	/** An invoice (type 380), or a corrected invoice (type 384) when the sample refers to an earlier one. */
	public static byte[] xrechnung(SampleInvoice invoice) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder().newDocument();
		new UblXml(document, invoice.currency()).build(invoice);
		byte[] xml = serialize(document);
		EInvoiceCheck.ubl(xml, invoice);
		return xml;
	}

	private void build(SampleInvoice invoice) {
		Element root = document.createElementNS(INVOICE, "ubl:Invoice");
		root.setAttribute("xmlns:cac", CAC);
		root.setAttribute("xmlns:cbc", CBC);
		document.appendChild(root);
		Totals totals = invoice.totals();
		cbc(root, "CustomizationID", "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0");
		cbc(root, "ProfileID", "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
		cbc(root, "ID", invoice.number());
		cbc(root, "IssueDate", invoice.issueDate().toString());
		if (invoice.dueDate() != null) {
			cbc(root, "DueDate", invoice.dueDate().toString());
		}
		cbc(root, "InvoiceTypeCode", invoice.correctedInvoice() != null ? "384" : "380");
		for (String note : invoice.notes()) {
			cbc(root, "Note", note);
		}
		cbc(root, "DocumentCurrencyCode", currency);
		cbc(root, "BuyerReference", invoice.buyerReference());
		if (invoice.purchaseOrderReference() != null) {
			cbc(cac(root, "OrderReference"), "ID", invoice.purchaseOrderReference());
		}
		if (invoice.correctedInvoice() != null) {
			cbc(cac(cac(root, "BillingReference"), "InvoiceDocumentReference"), "ID", invoice.correctedInvoice());
		}
		party(cac(root, "AccountingSupplierParty"), invoice.seller(), true);
		party(cac(root, "AccountingCustomerParty"), invoice.buyer(), false);
		if (invoice.deliveryDate() != null) {
			cbc(cac(root, "Delivery"), "ActualDeliveryDate", invoice.deliveryDate().toString());
		}
		Party seller = invoice.seller();
		if (seller.iban() != null) {
			Element means = cac(root, "PaymentMeans");
			cbc(means, "PaymentMeansCode", "58");
			Element account = cac(means, "PayeeFinancialAccount");
			cbc(account, "ID", seller.iban());
			cbc(account, "Name", seller.name());
			cbc(cac(account, "FinancialInstitutionBranch"), "ID", seller.bic());
		}
		paymentTerms(root, invoice);
		Element taxTotal = cac(root, "TaxTotal");
		amount(taxTotal, "TaxAmount", totals.tax());
		for (TaxAmount rate : totals.byRate()) {
			Element subtotal = cac(taxTotal, "TaxSubtotal");
			amount(subtotal, "TaxableAmount", rate.net());
			amount(subtotal, "TaxAmount", rate.tax());
			taxCategory(cac(subtotal, "TaxCategory"), rate.rate());
		}
		Element monetary = cac(root, "LegalMonetaryTotal");
		amount(monetary, "LineExtensionAmount", totals.net());
		amount(monetary, "TaxExclusiveAmount", totals.net());
		amount(monetary, "TaxInclusiveAmount", totals.gross());
		if (!invoice.deductions().isEmpty()) {
			amount(monetary, "PrepaidAmount", invoice.deductions().stream().map(Deduction::amount)
					.reduce(BigDecimal.ZERO, BigDecimal::add));
		}
		amount(monetary, "PayableAmount", invoice.payable());
		int position = 0;
		for (Line line : invoice.lines()) {
			invoiceLine(root, ++position, line);
		}
	}

	/** Skonto goes into the terms in the structured form XRechnung defines; the line must end with LF. */
	private void paymentTerms(Element root, SampleInvoice invoice) {
		List<String> terms = new ArrayList<>();
		if (invoice.dueDate() != null) {
			terms.add("Zahlbar bis " + invoice.dueDate() + " ohne Abzug.");
		}
		CashDiscountTerm skonto = invoice.cashDiscount();
		if (skonto != null) {
			terms.add("#SKONTO#TAGE=" + skonto.days() + "#PROZENT=" + skonto.percent().setScale(2) + "#\n");
		}
		if (!terms.isEmpty()) {
			cbc(cac(root, "PaymentTerms"), "Note", String.join("\n", terms));
		}
	}

	private void party(Element parent, Party party, boolean seller) {
		Element element = cac(parent, "Party");
		Element endpoint = cbc(element, "EndpointID", party.email());
		endpoint.setAttribute("schemeID", "EM");
		cbc(cac(element, "PartyName"), "Name", party.name());
		Element address = cac(element, "PostalAddress");
		cbc(address, "StreetName", party.street());
		cbc(address, "CityName", party.city());
		cbc(address, "PostalZone", party.zip());
		cbc(cac(address, "Country"), "IdentificationCode", party.countryCode());
		if (party.vatId() != null) {
			Element scheme = cac(element, "PartyTaxScheme");
			cbc(scheme, "CompanyID", party.vatId());
			cbc(cac(scheme, "TaxScheme"), "ID", "VAT");
		}
		if (seller && party.taxNumber() != null) {
			Element scheme = cac(element, "PartyTaxScheme");
			cbc(scheme, "CompanyID", party.taxNumber());
			cbc(cac(scheme, "TaxScheme"), "ID", "FC");
		}
		Element legal = cac(element, "PartyLegalEntity");
		cbc(legal, "RegistrationName", party.name());
		if (seller && party.register() != null) {
			// BR-CO-26: a seller without VAT ID must be identifiable by its register entry
			cbc(legal, "CompanyID", party.register());
		}
		if (seller) {
			Element contact = cac(element, "Contact");
			cbc(contact, "Name", party.contactName() != null ? party.contactName() : "Buchhaltung");
			cbc(contact, "Telephone", party.phone());
			cbc(contact, "ElectronicMail", party.email());
		}
	}

	private void invoiceLine(Element root, int position, Line line) {
		Element element = cac(root, "InvoiceLine");
		cbc(element, "ID", String.valueOf(position));
		Element quantity = cbc(element, "InvoicedQuantity", line.quantity().stripTrailingZeros().toPlainString());
		quantity.setAttribute("unitCode", UnitCodes.of(line.unit()));
		amount(element, "LineExtensionAmount", line.amount());
		Element item = cac(element, "Item");
		cbc(item, "Name", line.description());
		if (!line.articleNo().isEmpty()) {
			cbc(cac(item, "SellersItemIdentification"), "ID", line.articleNo());
		}
		taxCategory(cac(item, "ClassifiedTaxCategory"), line.taxRate());
		Element price = cbc(cac(element, "Price"), "PriceAmount", line.unitPrice().toPlainString());
		price.setAttribute("currencyID", currency);
	}

	/** Standard rated only: exempt or reverse-charge categories would need an exemption reason too. */
	private void taxCategory(Element category, BigDecimal rate) {
		if (rate.signum() == 0) {
			throw new IllegalArgumentException("UBL samples are written for standard-rated lines only");
		}
		cbc(category, "ID", "S");
		cbc(category, "Percent", rate.stripTrailingZeros().toPlainString());
		cbc(cac(category, "TaxScheme"), "ID", "VAT");
	}

	private void amount(Element parent, String name, BigDecimal value) {
		cbc(parent, name, value.setScale(2).toPlainString()).setAttribute("currencyID", currency);
	}

	private Element cac(Element parent, String name) {
		Element element = document.createElementNS(CAC, "cac:" + name);
		parent.appendChild(element);
		return element;
	}

	private Element cbc(Element parent, String name, String value) {
		Element element = document.createElementNS(CBC, "cbc:" + name);
		element.setTextContent(value);
		parent.appendChild(element);
		return element;
	}

	private static byte[] serialize(Document document) throws Exception {
		Transformer transformer = TransformerFactory.newInstance().newTransformer();
		transformer.setOutputProperty(OutputKeys.INDENT, "yes");
		transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
		transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
		document.setXmlStandalone(true);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		transformer.transform(new DOMSource(document), new StreamResult(out));
		return out.toByteArray();
	}
}
