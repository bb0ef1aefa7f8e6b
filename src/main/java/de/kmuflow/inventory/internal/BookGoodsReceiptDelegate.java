package de.kmuflow.inventory.internal;

import java.math.BigDecimal;

import de.kmuflow.inventory.InventoryReorderProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Books the confirmed quantity into stock; an incomplete delivery leaves the rest open. */
@Component("bookGoodsReceiptDelegate")
class BookGoodsReceiptDelegate implements JavaDelegate {

	static final String RECEIVED_QUANTITY = "receivedQuantity";
	static final String RECEIVED_BY = "receivedBy";

	private final ReorderService reorders;

	BookGoodsReceiptDelegate(ReorderService reorders) {
		this.reorders = reorders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		BigDecimal received = new BigDecimal(execution.getVariable(RECEIVED_QUANTITY).toString());
		boolean complete = reorders.bookReceipt(ReorderDelegates.orderId(execution), ReorderDelegates.sku(execution),
				received, (String) execution.getVariable(RECEIVED_BY));
		execution.removeVariable(RECEIVED_QUANTITY);
		execution.setVariable(Variables.FULLY_RECEIVED, complete);
	}
}
