package de.kmuflow.inventory.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import de.kmuflow.inventory.InventoryReorderProcess;
import de.kmuflow.inventory.InventoryReorderProcess.Variables;
import de.kmuflow.inventory.MovementType;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items and their stock. Every movement locks its item's row, books the movement, keeps on-hand
 * equal to the movements' sum, and starts the reorder process when the stock falls below the
 * reorder point and no reorder for that item is running (one instance per SKU, also with many
 * movements at once or several nodes: the row lock orders them).
 */
@Service
@Transactional
class InventoryService {

	private final ItemRepository items;
	private final StockMovementRepository movements;
	private final RuntimeService runtime;
	private final InventoryProperties properties;
	private final Clock clock;

	InventoryService(ItemRepository items, StockMovementRepository movements, RuntimeService runtime,
			InventoryProperties properties, Clock clock) {
		this.items = items;
		this.movements = movements;
		this.runtime = runtime;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<ItemEntity> items() {
		return items.findAllByOrderBySku();
	}

	@Transactional(readOnly = true)
	ItemEntity item(String sku) {
		return items.findById(sku).orElseThrow(() -> new IllegalArgumentException(
				"Artikel " + sku + " gibt es nicht (no such item)"));
	}

	/** Creates or updates an item's master data; its stock changes only through movements. */
	ItemEntity save(ItemData data, String user) {
		data.validate();
		ItemEntity item = items.findById(data.sku()).orElse(null);
		boolean created = item == null;
		if (created) {
			item = new ItemEntity();
			item.sku = data.sku();
		}
		item.name = data.name();
		item.unit = data.unit();
		item.reorderPoint = data.reorderPoint();
		item.reorderQuantity = data.reorderQuantity();
		item.maxLevel = data.maxLevel();
		item.supplierName = data.supplierName();
		item.supplierEmail = data.supplierEmail();
		item.unitPrice = data.unitPrice();
		item.leadTimeDays = data.leadTimeDays();
		items.saveAndFlush(item);
		if (created && data.onHand() != null && data.onHand().signum() != 0) {
			book(data.sku(), data.onHand(), MovementType.CORRECTION, "Anfangsbestand", user);
		}
		return items.findById(data.sku()).orElseThrow();
	}

	/**
	 * Books a signed movement. Only a correction may take stock below zero (an inventory count
	 * that found less than the books say).
	 */
	StockMovementEntity book(String sku, BigDecimal quantity, MovementType type, String reason, String user) {
		return book(sku, quantity, type, reason, null, user);
	}

	StockMovementEntity book(String sku, BigDecimal quantity, MovementType type, String reason,
			java.util.UUID purchaseOrderId, String user) {
		if (quantity == null || quantity.signum() == 0) {
			throw new IllegalArgumentException("Menge fehlt oder ist 0 (quantity must not be zero)");
		}
		if (type == MovementType.RECEIPT && quantity.signum() < 0) {
			throw new IllegalArgumentException("Ein Wareneingang muss positiv sein (a receipt must be positive)");
		}
		if (type == MovementType.ISSUE && quantity.signum() > 0) {
			throw new IllegalArgumentException("Ein Abgang muss negativ sein (an issue must be negative)");
		}
		ItemEntity item = items.lockBySku(sku)
			.orElseThrow(() -> new IllegalArgumentException("Artikel " + sku + " gibt es nicht (no such item)"));
		BigDecimal after = item.onHand.add(quantity);
		if (after.signum() < 0 && type != MovementType.CORRECTION) {
			throw new IllegalArgumentException("Nicht genug Bestand: " + item.onHand.stripTrailingZeros().toPlainString()
					+ " " + item.unit + " vorhanden (not enough stock; only a correction may go below zero)");
		}
		item.onHand = after;
		StockMovementEntity movement = movements.save(new StockMovementEntity(sku, quantity, type, reason,
				purchaseOrderId, after, user, clock.instant()));
		if (item.isLow()) {
			startReorderUnlessRunning(item);
		}
		return movement;
	}

	/** The nightly check: every item below its reorder point gets a reorder, if it has none. */
	int startMissedReorders() {
		int started = 0;
		for (ItemEntity low : items.findBelowReorderPoint()) {
			ItemEntity item = items.lockBySku(low.sku).orElseThrow();
			if (item.isLow() && startReorderUnlessRunning(item)) {
				started++;
			}
		}
		return started;
	}

	private boolean startReorderUnlessRunning(ItemEntity item) {
		boolean running = runtime.createProcessInstanceQuery()
			.processDefinitionKey(InventoryReorderProcess.KEY)
			.processInstanceBusinessKey(item.sku)
			.count() > 0;
		if (running) {
			return false;
		}
		runtime.startProcessInstanceByKey(InventoryReorderProcess.KEY, item.sku,
				Map.of(Variables.SKU, item.sku, Variables.BUNDLE_WINDOW, properties.bundleWindow().toString()));
		return true;
	}

	@Transactional(readOnly = true)
	List<StockMovementEntity> movements(String sku) {
		return sku == null ? movements.findTop200ByOrderByCreatedAtDesc() : movements.findTop200BySkuOrderByCreatedAtDesc(sku);
	}
}
