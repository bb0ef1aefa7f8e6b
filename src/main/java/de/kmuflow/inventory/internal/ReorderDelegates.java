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
}
