package de.kmuflow.inventory.internal;

import java.util.UUID;

import de.kmuflow.inventory.InventoryReorderProcess.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the reorder process's delegates share. */
final class ReorderDelegates {

	private ReorderDelegates() {
	}

	static UUID orderId(VariableScope scope) {
		return UUID.fromString((String) scope.getVariable(Variables.PURCHASE_ORDER_ID));
	}

	static String sku(VariableScope scope) {
		return (String) scope.getVariable(Variables.SKU);
	}

	static String actingUser(org.camunda.bpm.engine.delegate.DelegateTask task) {
		var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return authentication != null && authentication.getUserId() != null ? authentication.getUserId()
				: task.getAssignee();
	}

	/** A form value sent on completion (see the invoice review for why both places are read). */
	static Object submittedValue(org.camunda.bpm.engine.delegate.DelegateTask task, String key) {
		Object onProcess = task.getExecution().getVariable(key);
		return onProcess != null ? onProcess : task.getVariableLocal(key);
	}
}
