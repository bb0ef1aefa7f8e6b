package de.kmuflow.inventory.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Purchasing said no: the order is rejected, and lines bundled onto it stop waiting. */
@Component("rejectOrderDelegate")
class RejectOrderDelegate implements JavaDelegate {

	private final ReorderService reorders;

	RejectOrderDelegate(ReorderService reorders) {
		this.reorders = reorders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reorders.reject(ReorderDelegates.orderId(execution), execution.getProcessInstanceId());
	}
}
