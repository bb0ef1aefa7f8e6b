package de.kmuflow.inventory.internal;

import de.kmuflow.inventory.InventoryReorderProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Works out what to order for the item and puts it on a purchase order. */
@Component("proposeOrderDelegate")
class ProposeOrderDelegate implements JavaDelegate {

	private final ReorderService reorders;

	ProposeOrderDelegate(ReorderService reorders) {
		this.reorders = reorders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReorderService.Proposal proposal = reorders.propose(ReorderDelegates.sku(execution),
				execution.getProcessInstanceId());
		execution.setVariable(Variables.ORDER_NEEDED, proposal.orderNeeded());
		execution.setVariable(Variables.OWNS_ORDER, proposal.ownsOrder());
		if (proposal.orderNeeded()) {
			execution.setVariable(Variables.PURCHASE_ORDER_ID, proposal.purchaseOrderId().toString());
			execution.setVariable(Variables.ORDER_VALUE, proposal.orderValue());
			execution.setVariable(Variables.DELIVERY_DUE, reorders.deliveryDue(proposal.purchaseOrderId()));
		}
	}
}
