package de.kmuflow.samples.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.mustangproject.BankDetails;
import org.mustangproject.CashDiscount;
import org.mustangproject.Contact;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.Product;
import org.mustangproject.ReferencedDocument;
import org.mustangproject.TradeParty;

import de.kmuflow.samples.model.Deduction;
import de.kmuflow.samples.model.Line;
import de.kmuflow.samples.model.Party;
import de.kmuflow.samples.model.SampleInvoice;

/** Translates a sample invoice into Mustang's model, from which it writes CII and ZUGFeRD. */
final class MustangInvoices {

	private MustangInvoices() {
	}

	static Invoice of(SampleInvoice sample) {
		Invoice invoice = new Invoice().setNumber(sample.number()).setIssueDate(date(sample.issueDate()))
				.setCurrency(sample.currency()).setSender(party(sample.seller(), true))
				.setRecipient(party(sample.buyer(), false));
		if (sample.dueDate() != null) {
			invoice.setDueDate(date(sample.dueDate()));
		}
		if (sample.deliveryDate() != null) {
			invoice.setDeliveryDate(date(sample.deliveryDate()));
		}
		if (sample.buyerReference() != null) {
			invoice.setReferenceNumber(sample.buyerReference());
		}
		if (sample.purchaseOrderReference() != null) {
			invoice.setBuyerOrderReferencedDocument(new ReferencedDocument(sample.purchaseOrderReference()));
		}
		for (Line line : sample.lines()) {
			Product product = new Product(line.description(), "", UnitCodes.of(line.unit()), line.taxRate());
			if (!line.articleNo().isEmpty()) {
				product.setSellerAssignedID(line.articleNo());
			}
			invoice.addItem(new Item(product, line.unitPrice(), line.quantity()));
		}
		if (sample.cashDiscount() != null) {
			invoice.addCashDiscount(new CashDiscount(sample.cashDiscount().percent(), sample.cashDiscount().days()));
		}
		if (!sample.deductions().isEmpty()) {
			invoice.setTotalPrepaidAmount(sample.deductions().stream().map(Deduction::amount)
					.reduce(BigDecimal.ZERO, BigDecimal::add));
		}
		return invoice;
	}

	private static TradeParty party(Party party, boolean seller) {
		TradeParty trade = new TradeParty(party.name(), party.street(), party.zip(), party.city(), party.countryCode());
		if (party.vatId() != null) {
			trade.addVATID(party.vatId());
		}
		if (party.taxNumber() != null) {
			trade.addTaxID(party.taxNumber());
		}
		trade.setEmail(party.email());
		if (seller) {
			String contact = party.contactName() != null ? party.contactName() : "Buchhaltung";
			trade.setContact(new Contact(contact, party.phone(), party.email()));
			if (party.iban() != null) {
				trade.addBankDetails(new BankDetails(party.iban(), party.bic()).setAccountName(party.name()));
			}
		}
		return trade;
	}

	static Date date(LocalDate date) {
		return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}
}
