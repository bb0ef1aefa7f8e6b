package de.kmuflow.inventory;

import java.math.BigDecimal;
import java.util.Optional;

/** What other modules may ask about purchase orders: the three-way match of invoice, order and receipt. */
public interface PurchaseOrders {

	/** Empty when no purchase order has that number. */
	Optional<OrderMatch> match(String purchaseOrderNumber, BigDecimal invoicedNet);
}
