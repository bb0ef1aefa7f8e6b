package de.kmuflow.extraction.internal.fields;

/** What a printed label announces. The OTHER kinds matter too: they claim the values next to them. */
enum LabelKind {
	INVOICE_NUMBER,
	/** A document title such as "Rechnung" or "Invoice"; a number right after it is the invoice number. */
	DOCUMENT_TITLE,
	ISSUE_DATE,
	DUE_DATE,
	DELIVERY_DATE,
	VAT_ID,
	TAX_NUMBER,
	IBAN,
	BIC,
	NET_TOTAL,
	TAX_TOTAL,
	GROSS_TOTAL,
	/** "Summe", "Gesamt", "Total": net or gross, the arithmetic decides. */
	TOTAL,
	PAYABLE,
	PREPAID,
	CASH_DISCOUNT,
	PURCHASE_ORDER,
	CURRENCY,
	BUYER_REFERENCE,
	BUYER_PARTY,
	SELLER_PARTY,
	DELIVERY_PARTY,
	/** "Name", "Firmenname": the name field of a party section in a form-like layout. */
	PARTY_NAME,
	/** Customer number, delivery note, contact, page, register court and the like. */
	OTHER_REFERENCE,
	/** Order date, delivery note date and the like: dates that are none of the invoice's. */
	OTHER_DATE,
	/** Any other text ending in a colon. */
	OTHER;

	boolean isTotal() {
		return this == NET_TOTAL || this == TAX_TOTAL || this == GROSS_TOTAL || this == TOTAL || this == PAYABLE
				|| this == PREPAID;
	}
}
