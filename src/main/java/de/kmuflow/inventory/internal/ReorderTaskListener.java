package de.kmuflow.inventory.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import de.kmuflow.inventory.InventoryReorderProcess.Elements;
import de.kmuflow.inventory.InventoryReorderProcess.Variables;
import de.kmuflow.platform.GermanFormat;
import de.kmuflow.platform.TaskForms;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Fills the reorder process's forms (approval, chase, goods receipt) from the purchase order and
 * applies what the user decided: the order's data stays in kmu-flow's tables.
 */
@Component("reorderTaskListener")
class ReorderTaskListener implements TaskListener {

	static final String QUANTITIES = "quantities";
	static final String PROMISED_DATE = "promisedDate";

	private final ReorderService reorders;

	ReorderTaskListener(ReorderService reorders) {
		this.reorders = reorders;
	}

	@Override
	public void notify(DelegateTask task) {
		UUID order = ReorderDelegates.orderId(task);
		String sku = ReorderDelegates.sku(task);
		boolean create = EVENTNAME_CREATE.equals(task.getEventName());
		switch (task.getTaskDefinitionKey()) {
			case Elements.APPROVE -> {
				if (create) {
					Map<String, Object> values = new HashMap<>(reorders.approvalFormValues(order));
					values.put(QUANTITIES, null);
					task.setVariablesLocal(values);
				}
				else {
					decide(task, order);
				}
			}
			case Elements.CHASE -> {
				if (create) {
					task.setVariablesLocal(reorders.approvalFormValues(order));
					task.setVariableLocal(PROMISED_DATE, null);
				}
				else {
					Object promised = TaskForms.submittedValue(task, PROMISED_DATE);
					LocalDate date = parseDate(promised);
					task.getExecution().setVariable(Variables.DELIVERY_DUE, reorders.chased(order, date));
					task.getExecution().removeVariable(PROMISED_DATE);
				}
			}
			case Elements.CONFIRM_RECEIPT -> {
				if (create) {
					task.setVariablesLocal(reorders.receiptFormValues(order, sku));
				}
				else {
					Object received = TaskForms.submittedValue(task, BookGoodsReceiptDelegate.RECEIVED_QUANTITY);
					task.getExecution().setVariable(BookGoodsReceiptDelegate.RECEIVED_QUANTITY,
							received == null ? null : germanQuantity(received.toString()));
					task.getExecution().setVariable(BookGoodsReceiptDelegate.RECEIVED_BY, TaskForms.actingUser(task));
				}
			}
			default -> {
			}
		}
	}

	private void decide(DelegateTask task, UUID order) {
		Object decision = task.getVariable(Variables.DECISION);
		if (!"approve".equals(decision) && !"reject".equals(decision)) {
			throw new ProcessEngineException("Bitte freigeben oder ablehnen (decision must be approve or reject)");
		}
		Map<String, BigDecimal> changed = parseQuantities(TaskForms.submittedValue(task, QUANTITIES));
		try {
			reorders.decide(order, "approve".equals(decision), changed, TaskForms.actingUser(task));
		}
		catch (IllegalArgumentException e) {
			throw new ProcessEngineException(e.getMessage(), e);
		}
		task.getExecution().removeVariable(QUANTITIES);
	}

	private static LocalDate parseDate(Object typed) {
		try {
			return GermanFormat.parseDate(typed == null ? null : typed.toString());
		}
		catch (IllegalArgumentException e) {
			throw new ProcessEngineException(e.getMessage(), e);
		}
	}

	/** A quantity as typed in the form (German: 1.200 or 2,5), as a plain decimal for the booking. */
	private static String germanQuantity(String typed) {
		try {
			BigDecimal quantity = GermanFormat.parseAmount(typed);
			return quantity == null ? null : quantity.toPlainString();
		}
		catch (IllegalArgumentException e) {
			throw new ProcessEngineException("Gelieferte Menge nicht lesbar: " + typed + " (z. B. 12 oder 2,5)", e);
		}
	}

	/** "SKU-1: 12" per line: changed quantities; empty means as proposed. */
	static Map<String, BigDecimal> parseQuantities(Object text) {
		Map<String, BigDecimal> quantities = new HashMap<>();
		if (text == null) {
			return quantities;
		}
		for (String line : text.toString().split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("[:=]");
			if (parts.length != 2) {
				throw new ProcessEngineException("Mengenänderung bitte als 'Artikelnummer: Menge' je Zeile: " + line);
			}
			try {
				quantities.put(parts[0].strip(), GermanFormat.parseAmount(parts[1]));
			}
			catch (IllegalArgumentException e) {
				throw new ProcessEngineException("Menge nicht lesbar: " + line, e);
			}
		}
		return quantities;
	}
}
