package de.kmuflow.invoice.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.kmuflow.inventory.OrderMatch;

/**
 * What the checks know about an invoice besides its values, gathered once before the rules run:
 * why it could not be read (null when it could), whether a person has compared it with its original,
 * the match with its purchase order, whether its supplier is on file, and those of the supplier's
 * earlier invoices that could be the same bill (same number, or same amount near the same date).
 */
public record Facts(String unreadable, boolean reviewed, Optional<OrderMatch> orderMatch, boolean supplierKnown,
		List<EarlierInvoice> earlierFromSupplier) {

	/** Nothing known: a document judged by its values alone. */
	public static final Facts NONE = new Facts(null, false, Optional.empty(), true, List.of());

	public Facts {
		orderMatch = orderMatch == null ? Optional.empty() : orderMatch;
		earlierFromSupplier = earlierFromSupplier == null ? List.of() : List.copyOf(earlierFromSupplier);
	}

	/** The goods were ordered from this supplier and received, and the amounts agree. */
	public boolean orderAgrees() {
		return orderMatch.map(OrderMatch::agrees).orElse(false);
	}

	/** An invoice of the same supplier received before this one. */
	public record EarlierInvoice(UUID id, String invoiceNumber, BigDecimal grossTotal, LocalDate issueDate) {
	}
}
