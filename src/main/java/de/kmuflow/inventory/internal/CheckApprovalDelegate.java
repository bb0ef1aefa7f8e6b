package de.kmuflow.inventory.internal;

import java.util.UUID;

import de.kmuflow.inventory.InventoryReorderProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the bundle window: does the order's value need purchasing's approval? */
@Component("checkApprovalDelegate")
class CheckApprovalDelegate implements JavaDelegate {

	private final ReorderService reorders;

	CheckApprovalDelegate(ReorderService reorders) {
		this.reorders = reorders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID order = ReorderDelegates.orderId(execution);
		execution.setVariable(Variables.ORDER_VALUE, reorders.orderValue(order));
		execution.setVariable(Variables.NEEDS_APPROVAL, reorders.needsApproval(order));
	}
}
