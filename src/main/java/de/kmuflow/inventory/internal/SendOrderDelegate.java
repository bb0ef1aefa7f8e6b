package de.kmuflow.inventory.internal;

import de.kmuflow.inventory.InventoryReorderProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Mails the purchase order to the supplier (retried when the mail server is away). */
@Component("sendOrderDelegate")
class SendOrderDelegate implements JavaDelegate {

	private final ReorderService reorders;

	SendOrderDelegate(ReorderService reorders) {
		this.reorders = reorders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(Variables.DELIVERY_DUE, reorders.send(ReorderDelegates.orderId(execution)));
	}
}
