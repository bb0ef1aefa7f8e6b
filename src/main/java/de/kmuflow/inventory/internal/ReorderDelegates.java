package de.kmuflow.inventory.internal;

import java.util.UUID;

import de.kmuflow.inventory.InventoryReorderProcess.Variables;
import de.kmuflow.platform.Incidents;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the reorder process's delegates share. */
final class ReorderDelegates {

	private ReorderDelegates() {
	}

	static UUID orderId(VariableScope scope) {
		return Incidents.requiredId(scope, Variables.PURCHASE_ORDER_ID, "die ID der Bestellung");
	}

	static String sku(VariableScope scope) {
		return Incidents.requiredText(scope, Variables.SKU, "die Artikelnummer");
	}
}
