package de.kmuflow.inventory.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.kmuflow.inventory.InventoryReorderProcess;
import de.kmuflow.inventory.InventoryReorderProcess.Variables;
import de.kmuflow.inventory.MovementType;
import de.kmuflow.platform.Groups;
import org.camunda.bpm.engine.IdentityService;
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
	private final ItemChangeRepository changes;
	private final RuntimeService runtime;
	private final IdentityService identity;
	private final InventoryProperties properties;
	private final Clock clock;

	InventoryService(ItemRepository items, StockMovementRepository movements, ItemChangeRepository changes,
			RuntimeService runtime, IdentityService identity, InventoryProperties properties, Clock clock) {
		this.items = items;
		this.movements = movements;
		this.changes = changes;
		this.identity = identity;
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
		return items.findById(sku).orElseThrow(() -> new NoSuchItemException(sku));
	}

	/** A new item. An existing SKU is refused: its master data changes only by {@link #update}. */
	ItemEntity create(ItemData data, String user) {
		data.validate();
		if (items.existsById(data.sku())) {
			throw new ItemExistsException(data.sku());
		}
		ItemEntity item = new ItemEntity();
		item.sku = data.sku();
		data.applyTo(item);
		items.saveAndFlush(item);
		if (data.onHand() != null && data.onHand().signum() != 0) {
			book(data.sku(), data.onHand(), MovementType.CORRECTION, "Anfangsbestand", user);
		}
		return items.findById(data.sku()).orElseThrow();
	}

	/**
	 * Changes an item's master data (price, supplier, reorder figures, name, unit; never its stock).
	 * Purchasing's (and the administrators') right alone; every changed field is recorded with who,
	 * when, old and new value.
	 */
	ItemEntity update(String sku, ItemData data, String user) {
		requireMasterDataRight(user);
		ItemData changed = data.withSku(sku);
		changed.validate();
		ItemEntity item = items.lockBySku(sku).orElseThrow(() -> new NoSuchItemException(sku));
		Map<String, String> before = ItemData.of(item).masterData();
		changed.applyTo(item);
		record(sku, before, ItemData.of(item).masterData(), user);
		return item;
	}

	/** Sets the reorder point found by a stock import, under the same right and record as {@link #update}. */
	void changeReorderPoint(ItemEntity item, BigDecimal reorderPoint, String user) {
		if (item.reorderPoint.compareTo(reorderPoint) == 0) {
			return;
		}
		requireMasterDataRight(user);
		Map<String, String> before = ItemData.of(item).masterData();
		item.reorderPoint = reorderPoint;
		record(item.sku, before, ItemData.of(item).masterData(), user);
	}

	@Transactional(readOnly = true)
	List<ItemChangeEntity> changes(String sku) {
		item(sku);
		return changes.findBySkuOrderByChangedAtAscFieldAsc(sku);
	}

	boolean mayChangeMasterData(String user) {
		return identity.createGroupQuery().groupMember(user).groupIdIn(Groups.PURCHASING, Groups.ADMIN).count() > 0;
	}

	private void requireMasterDataRight(String user) {
		if (!mayChangeMasterData(user)) {
			throw new MasterDataRefusedException();
		}
	}

	private void record(String sku, Map<String, String> before, Map<String, String> after, String user) {
		var now = clock.instant();
		after.forEach((field, value) -> {
			String old = before.get(field);
			if (!Objects.equals(old, value)) {
				changes.save(new ItemChangeEntity(sku, field, old, value, user, now));
			}
		});
	}

	private static IllegalArgumentException noSuchItem(String sku) {
		return new IllegalArgumentException(notFound(sku));
	}

	private static String notFound(String sku) {
		return "Artikel " + sku + " gibt es nicht (no such item)";
	}

	/** 404 where the item is what was asked for (elsewhere, as any bad input, 400). */
	static final class NoSuchItemException extends IllegalArgumentException {

		NoSuchItemException(String sku) {
			super(notFound(sku));
		}
	}

	/** 409: the SKU is taken. */
	static final class ItemExistsException extends RuntimeException {

		ItemExistsException(String sku) {
			super("Artikel " + sku + " gibt es schon. Preis, Lieferant und Bestellwerte ändert der Einkauf mit"
					+ " PUT /api/inventory/items/" + sku + ".");
		}
	}

	/** 403: someone outside purchasing tried to change master data. */
	static final class MasterDataRefusedException extends RuntimeException {

		MasterDataRefusedException() {
			super("Stammdaten (Preis, Lieferant, Meldebestand, Bestellmenge) ändert nur der Einkauf.");
		}
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
		ItemEntity item = items.lockBySku(sku).orElseThrow(() -> noSuchItem(sku));
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
