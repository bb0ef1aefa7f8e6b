package de.kmuflow.invoice.rules;

import java.util.List;
import java.util.Objects;

import de.kmuflow.extraction.ExtractedInvoice;

/**
 * A supplier not on file, or one the invoice does not identify (neither VAT ID nor IBAN): a person
 * checks the master data. Not for the supplier the goods were ordered from and received: no stranger.
 */
public final class NewSupplierRule implements InvoiceRule {

	public static final String NEW_SUPPLIER = "NEW_SUPPLIER";

	@Override
	public List<Finding> check(ExtractedInvoice invoice, Facts facts) {
		if (facts.orderAgrees()) {
			return List.of();
		}
		if (invoice.sellerVatId() == null && invoice.sellerIban() == null) {
			return List.of(Finding.warning(NEW_SUPPLIER, "sellerName",
					"Lieferant nicht erkennbar: weder USt-IdNr. noch IBAN gefunden.").saying("unknown"));
		}
		return facts.supplierKnown() ? List.of() : List.of(Finding.warning(NEW_SUPPLIER, "sellerName",
				sentence("Neuer Lieferant: " + Objects.requireNonNullElse(invoice.sellerName(), "unbekannt"))
						+ " Bitte Stammdaten (USt-IdNr., IBAN) prüfen.").with(Objects.requireNonNullElse(invoice.sellerName(), "?")));
	}

	/** Ends a sentence with a full stop, unless a name in it already did ("Kessler e.K."). */
	static String sentence(String text) {
		return text.endsWith(".") ? text : text + ".";
	}
}
