package de.kmuflow.extraction.internal.einvoice;

import static de.kmuflow.extraction.internal.einvoice.EInvoiceValues.amount;
import static de.kmuflow.extraction.internal.einvoice.EInvoiceValues.compact;
import static de.kmuflow.extraction.internal.einvoice.EInvoiceValues.date;
import static de.kmuflow.extraction.internal.einvoice.Elements.all;
import static de.kmuflow.extraction.internal.einvoice.Elements.child;
import static de.kmuflow.extraction.internal.einvoice.Elements.children;
import static de.kmuflow.extraction.internal.einvoice.Elements.first;
import static de.kmuflow.extraction.internal.einvoice.Elements.text;
import static de.kmuflow.extraction.internal.einvoice.Elements.textOf;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.InvoiceLine;
import de.kmuflow.extraction.TaxLine;
import org.w3c.dom.Element;

/** Reads an OASIS UBL 2.1 Invoice or CreditNote (XRechnung, Peppol BIS, EN 16931) by business term. */
final class UblReader {

	private UblReader() {
	}

	static void read(Element root, ExtractedInvoice.Builder invoice) {
		boolean creditNote = "CreditNote".equals(root.getLocalName());
		String currency = text(root, "DocumentCurrencyCode");
		invoice.set(InvoiceField.DOCUMENT_TYPE_CODE, text(root, creditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode"))
			.set(InvoiceField.INVOICE_NUMBER, text(root, "ID"))
			.set(InvoiceField.ISSUE_DATE, date(text(root, "IssueDate")))
			.set(InvoiceField.DUE_DATE, date(firstPresent(text(root, "DueDate"), text(root, "PaymentMeans", "PaymentDueDate"))))
			.set(InvoiceField.DELIVERY_DATE, date(text(root, "Delivery", "ActualDeliveryDate")))
			.set(InvoiceField.CURRENCY, currency)
			.set(InvoiceField.BUYER_REFERENCE, text(root, "BuyerReference"))
			.set(InvoiceField.PURCHASE_ORDER_REFERENCE, text(root, "OrderReference", "ID"));

		Element seller = first(root, "AccountingSupplierParty", "Party");
		invoice.set(InvoiceField.SELLER_NAME, partyName(seller))
			.set(InvoiceField.SELLER_ADDRESS, address(first(seller, "PostalAddress")))
			.set(InvoiceField.SELLER_VAT_ID, compact(taxScheme(seller, true)))
			.set(InvoiceField.SELLER_TAX_NUMBER, taxScheme(seller, false))
			.set(InvoiceField.BUYER_NAME, partyName(first(root, "AccountingCustomerParty", "Party")));

		Element account = first(root, "PaymentMeans", "PayeeFinancialAccount");
		invoice.set(InvoiceField.SELLER_IBAN, compact(text(account, "ID")))
			.set(InvoiceField.SELLER_BIC, text(account, "FinancialInstitutionBranch", "ID"));

		Element totals = child(root, "LegalMonetaryTotal");
		invoice.set(InvoiceField.NET_TOTAL, amount(text(totals, "TaxExclusiveAmount")))
			.set(InvoiceField.GROSS_TOTAL, amount(text(totals, "TaxInclusiveAmount")))
			.set(InvoiceField.PAYABLE_AMOUNT, amount(text(totals, "PayableAmount")))
			.set(InvoiceField.TAX_TOTAL, amount(textOf(taxTotalInCurrency(root, currency))));
		for (Element subtotal : all(root, "TaxTotal", "TaxSubtotal")) {
			if (currency == null || currency.equals(subtotal.getAttribute("currencyID"))
					|| currency.equals(first(subtotal, "TaxAmount").getAttribute("currencyID"))) {
				invoice.taxLine(new TaxLine(amount(text(subtotal, "TaxCategory", "Percent")),
						amount(text(subtotal, "TaxableAmount")), amount(text(subtotal, "TaxAmount"))));
			}
		}
		for (Element line : children(root, creditNote ? "CreditNoteLine" : "InvoiceLine")) {
			invoice.line(new InvoiceLine(text(line, "Item", "Name"),
					amount(text(line, creditNote ? "CreditedQuantity" : "InvoicedQuantity")),
					amount(text(line, "Price", "PriceAmount")), amount(text(line, "LineExtensionAmount"))));
		}
		invoice.cashDiscount(EInvoiceValues.cashDiscount(
				all(root, "PaymentTerms", "Note").stream().map(Elements::textOf).filter(Objects::nonNull)
					.collect(Collectors.joining("\n")),
				invoice.get(InvoiceField.ISSUE_DATE)));
	}

	private static String firstPresent(String first, String second) {
		return first != null ? first : second;
	}

	/** BT-110 is the tax total in the document currency; a second TaxTotal may state it in the tax currency. */
	private static Element taxTotalInCurrency(Element root, String currency) {
		List<Element> amounts = all(root, "TaxTotal", "TaxAmount");
		return amounts.stream()
			.filter(amount -> currency == null || currency.equals(amount.getAttribute("currencyID")))
			.findFirst()
			.orElse(amounts.isEmpty() ? null : amounts.get(0));
	}

	/** BT-27 / BT-44: the legal registration name, else the trading name. */
	private static String partyName(Element party) {
		String legal = text(party, "PartyLegalEntity", "RegistrationName");
		return legal != null ? legal : text(party, "PartyName", "Name");
	}

	/** BT-31 (VAT identifier, scheme "VAT") or BT-32 (tax registration, any other scheme). */
	private static String taxScheme(Element party, boolean vat) {
		for (Element scheme : all(party, "PartyTaxScheme")) {
			boolean isVat = "VAT".equalsIgnoreCase(text(scheme, "TaxScheme", "ID"));
			if (isVat == vat) {
				return text(scheme, "CompanyID");
			}
		}
		return null;
	}

	private static String address(Element address) {
		if (address == null) {
			return null;
		}
		String street = Stream.of(text(address, "StreetName"), text(address, "AdditionalStreetName"))
			.filter(Objects::nonNull).collect(Collectors.joining(", "));
		String city = Stream.of(text(address, "PostalZone"), text(address, "CityName"))
			.filter(Objects::nonNull).collect(Collectors.joining(" "));
		String joined = Stream.of(street, city, text(address, "Country", "IdentificationCode"))
			.filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
		return joined.isEmpty() ? null : joined;
	}
}
