package de.kmuflow.extraction.internal.einvoice;

import static de.kmuflow.extraction.internal.einvoice.EInvoiceValues.amount;
import static de.kmuflow.extraction.internal.einvoice.EInvoiceValues.compact;
import static de.kmuflow.extraction.internal.einvoice.EInvoiceValues.date;
import static de.kmuflow.extraction.internal.einvoice.Elements.all;
import static de.kmuflow.extraction.internal.einvoice.Elements.children;
import static de.kmuflow.extraction.internal.einvoice.Elements.first;
import static de.kmuflow.extraction.internal.einvoice.Elements.text;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.InvoiceLine;
import de.kmuflow.extraction.TaxLine;
import org.w3c.dom.Element;

/**
 * Reads UN/CEFACT Cross Industry Invoices: XRechnung CII, ZUGFeRD 2.x / Factur-X (D16B, names
 * like ApplicableHeaderTradeAgreement) and ZUGFeRD 1.0 (CrossIndustryDocument, names like
 * ApplicableSupplyChainTradeAgreement). All profiles: MINIMUM and BASIC WL simply have no lines.
 */
final class CiiReader {

	private static final String DOCUMENT = "ExchangedDocument|HeaderExchangedDocument";
	private static final String TRANSACTION = "SupplyChainTradeTransaction|SpecifiedSupplyChainTradeTransaction";
	private static final String AGREEMENT = "ApplicableHeaderTradeAgreement|ApplicableSupplyChainTradeAgreement";
	private static final String DELIVERY = "ApplicableHeaderTradeDelivery|ApplicableSupplyChainTradeDelivery";
	private static final String SETTLEMENT = "ApplicableHeaderTradeSettlement|ApplicableSupplyChainTradeSettlement";
	private static final String SUMMATION = "SpecifiedTradeSettlementHeaderMonetarySummation|SpecifiedTradeSettlementMonetarySummation";
	private static final String LINE_AGREEMENT = "SpecifiedLineTradeAgreement|SpecifiedSupplyChainTradeAgreement";
	private static final String LINE_DELIVERY = "SpecifiedLineTradeDelivery|SpecifiedSupplyChainTradeDelivery";
	private static final String LINE_SETTLEMENT = "SpecifiedLineTradeSettlement|SpecifiedSupplyChainTradeSettlement";
	private static final String LINE_SUMMATION = "SpecifiedTradeSettlementLineMonetarySummation|SpecifiedTradeSettlementMonetarySummation";

	private CiiReader() {
	}

	static void read(Element root, ExtractedInvoice.Builder invoice) {
		Element document = first(root, DOCUMENT);
		Element transaction = first(root, TRANSACTION);
		Element agreement = first(transaction, AGREEMENT);
		Element settlement = first(transaction, SETTLEMENT);
		String currency = text(settlement, "InvoiceCurrencyCode");

		invoice.set(InvoiceField.DOCUMENT_TYPE_CODE, text(document, "TypeCode"))
			.set(InvoiceField.INVOICE_NUMBER, text(document, "ID"))
			.set(InvoiceField.ISSUE_DATE, date(text(document, "IssueDateTime", "DateTimeString")))
			.set(InvoiceField.DELIVERY_DATE, date(text(transaction, DELIVERY, "ActualDeliverySupplyChainEvent", "OccurrenceDateTime",
					"DateTimeString")))
			.set(InvoiceField.CURRENCY, currency)
			.set(InvoiceField.BUYER_REFERENCE, text(agreement, "BuyerReference"))
			.set(InvoiceField.PURCHASE_ORDER_REFERENCE, text(agreement, "BuyerOrderReferencedDocument", "IssuerAssignedID|ID"));

		Element seller = first(agreement, "SellerTradeParty");
		invoice.set(InvoiceField.SELLER_NAME, text(seller, "Name"))
			.set(InvoiceField.SELLER_ADDRESS, address(first(seller, "PostalTradeAddress")))
			.set(InvoiceField.SELLER_VAT_ID, compact(taxRegistration(seller, "VA")))
			.set(InvoiceField.SELLER_TAX_NUMBER, taxRegistration(seller, "FC"))
			.set(InvoiceField.BUYER_NAME, text(agreement, "BuyerTradeParty", "Name"));

		List<Element> accounts = all(settlement, "SpecifiedTradeSettlementPaymentMeans",
				"PayeePartyCreditorFinancialAccount");
		invoice.set(InvoiceField.SELLER_IBAN, compact(accounts.stream().map(account -> text(account, "IBANID|ProprietaryID"))
			.filter(Objects::nonNull).findFirst().orElse(null)))
			.set(InvoiceField.SELLER_BIC, text(settlement, "SpecifiedTradeSettlementPaymentMeans",
					"PayeeSpecifiedCreditorFinancialInstitution", "BICID"));

		Element terms = first(settlement, "SpecifiedTradePaymentTerms");
		invoice.set(InvoiceField.DUE_DATE, date(text(terms, "DueDateDateTime", "DateTimeString")));
		Element summation = first(settlement, SUMMATION);
		invoice.set(InvoiceField.NET_TOTAL, amount(text(summation, "TaxBasisTotalAmount")))
			.set(InvoiceField.TAX_TOTAL, amount(Elements.textOf(taxTotalInCurrency(summation, currency))))
			.set(InvoiceField.GROSS_TOTAL, amount(text(summation, "GrandTotalAmount")))
			.set(InvoiceField.PAYABLE_AMOUNT, amount(text(summation, "DuePayableAmount")));
		for (Element tax : children(settlement, "ApplicableTradeTax")) {
			invoice.taxLine(new TaxLine(amount(text(tax, "RateApplicablePercent|ApplicablePercent")),
					amount(text(tax, "BasisAmount")), amount(text(tax, "CalculatedAmount"))));
		}
		for (Element line : children(transaction, "IncludedSupplyChainTradeLineItem")) {
			if (text(line, "AssociatedDocumentLineDocument", "ParentLineID") != null) {
				continue; // a sub-line belongs to its parent line
			}
			invoice.line(new InvoiceLine(text(line, "SpecifiedTradeProduct", "Name"),
					amount(text(line, LINE_DELIVERY, "BilledQuantity")),
					amount(text(line, LINE_AGREEMENT, "NetPriceProductTradePrice", "ChargeAmount")),
					amount(text(line, LINE_SETTLEMENT, LINE_SUMMATION, "LineTotalAmount"))));
		}
		invoice.cashDiscount(EInvoiceValues.cashDiscount(
				all(settlement, "SpecifiedTradePaymentTerms", "Description").stream().map(Elements::textOf)
					.filter(Objects::nonNull).collect(Collectors.joining("\n")),
				invoice.get(InvoiceField.ISSUE_DATE)));
	}

	/** BT-110 in the invoice currency; a second TaxTotalAmount may give it in the tax accounting currency. */
	private static Element taxTotalInCurrency(Element summation, String currency) {
		List<Element> amounts = all(summation, "TaxTotalAmount");
		return amounts.stream()
			.filter(amount -> currency == null || !amount.hasAttribute("currencyID")
					|| currency.equals(amount.getAttribute("currencyID")))
			.findFirst()
			.orElse(amounts.isEmpty() ? null : amounts.get(0));
	}

	/** schemeID VA is the VAT identifier (BT-31), FC the national tax number (BT-32). */
	private static String taxRegistration(Element party, String scheme) {
		for (Element id : all(party, "SpecifiedTaxRegistration", "ID")) {
			if (scheme.equals(id.getAttribute("schemeID"))) {
				return Elements.textOf(id);
			}
		}
		return null;
	}

	private static String address(Element address) {
		if (address == null) {
			return null;
		}
		String street = Stream.of(text(address, "LineOne"), text(address, "LineTwo"))
			.filter(Objects::nonNull).collect(Collectors.joining(", "));
		String city = Stream.of(text(address, "PostcodeCode"), text(address, "CityName"))
			.filter(Objects::nonNull).collect(Collectors.joining(" "));
		String joined = Stream.of(street, city, text(address, "CountryID"))
			.filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
		return joined.isEmpty() ? null : joined;
	}
}
