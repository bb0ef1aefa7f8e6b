package de.kmuflow.invoice.rules;

import java.util.ArrayList;
import java.util.List;

import de.kmuflow.extraction.ExtractedInvoice;

/**
 * The mandatory contents of an invoice after §14 (4) UStG, one finding per missing item. Small-amount
 * invoices (§33 UStDV, gross at most 250 EUR) need fewer items; for them the check is handed to
 * {@link SmallAmountRule}. The recipient's address is required by law too, but is not among the
 * extracted fields, so it cannot be checked here.
 */
public final class MandatoryContentsRule implements InvoiceRule {

	public static final String SELLER_NAME = "MANDATORY_SELLER_NAME";
	public static final String SELLER_ADDRESS = "MANDATORY_SELLER_ADDRESS";
	public static final String BUYER_NAME = "MANDATORY_BUYER_NAME";
	public static final String SELLER_TAX_ID = "MANDATORY_SELLER_TAX_ID";
	public static final String ISSUE_DATE = "MANDATORY_ISSUE_DATE";
	public static final String INVOICE_NUMBER = "MANDATORY_INVOICE_NUMBER";
	public static final String DELIVERY_DATE = "MANDATORY_DELIVERY_DATE";
	public static final String GOODS_OR_SERVICES = "MANDATORY_GOODS_OR_SERVICES";
	public static final String NET_BY_RATE = "MANDATORY_NET_BY_RATE";
	public static final String TAX_RATE = "MANDATORY_TAX_RATE";
	public static final String GROSS_TOTAL = "MANDATORY_GROSS_TOTAL";
	public static final String TAX_AMOUNT = "MANDATORY_TAX_AMOUNT";
	public static final String EXEMPTION_NOTE = "MANDATORY_EXEMPTION_NOTE";

	private final SmallAmountRule smallAmount = new SmallAmountRule();

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		if (SmallAmountRule.appliesTo(invoice)) {
			return smallAmount.check(invoice, facts);
		}
		List<Finding> findings = new ArrayList<>();
		MandatoryItems.sellerName(invoice, findings);
		MandatoryItems.sellerAddress(invoice, findings);
		MandatoryItems.buyerName(invoice, findings);
		MandatoryItems.sellerTaxId(invoice, findings);
		MandatoryItems.issueDate(invoice, findings);
		MandatoryItems.invoiceNumber(invoice, findings);
		MandatoryItems.deliveryDate(invoice, findings);
		MandatoryItems.goodsOrServices(invoice, findings);
		MandatoryItems.netByRate(invoice, findings);
		MandatoryItems.taxRateAndAmount(invoice, true, findings);
		return List.copyOf(findings);
	}
}
