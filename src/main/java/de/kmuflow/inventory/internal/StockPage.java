package de.kmuflow.inventory.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.kmuflow.inventory.MovementType;

/**
 * What the stock pages show, as plain values with public accessors for the templates: each item
 * with its reorder state, the purchase orders with item names, the latest movements.
 */
final class StockPage {

	private StockPage() {
	}

	/** Where an item stands against its reorder point. */
	enum ReorderState {
		/** Enough stock. */
		OK,
		/** Below the reorder point, and nothing ordered yet. */
		LOW,
		/** Below the reorder point, an order is on its way. */
		ORDERED
	}

	record ItemRow(String sku, String name, String unit, BigDecimal onHand, BigDecimal reorderPoint,
			BigDecimal reorderQuantity, String supplierName, BigDecimal unitPrice, ReorderState state,
			String openOrder) {
	}

	record LineRow(String sku, String name, String unit, BigDecimal quantity, BigDecimal receivedQuantity,
			BigDecimal unitPrice) {
	}

	record OrderRow(String number, String supplierName, String status, List<LineRow> lines, BigDecimal orderedValue,
			LocalDate expectedBy, boolean awaitsGoods) {
	}

	record MovementRow(Instant at, String sku, String name, BigDecimal quantity, MovementType type, String reason,
			String by) {
	}

	static List<ItemRow> items(List<ItemEntity> items, List<PurchaseOrderEntity> orders) {
		Map<String, String> openOrders = orders.stream()
			.filter(order -> order.status.isOpen())
			.flatMap(order -> order.lines.stream().map(line -> Map.entry(line.sku, order.number)))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (newer, older) -> newer));
		return items.stream().map(item -> {
			String open = openOrders.get(item.sku);
			ReorderState state = !item.isLow() ? ReorderState.OK : open == null ? ReorderState.LOW : ReorderState.ORDERED;
			return new ItemRow(item.sku, item.name, item.unit, item.onHand, item.reorderPoint, item.reorderQuantity,
					item.supplierName, item.unitPrice, state, open);
		}).toList();
	}

	static List<OrderRow> orders(List<PurchaseOrderEntity> orders, List<ItemEntity> items) {
		Map<String, ItemEntity> bySku = items.stream().collect(Collectors.toMap(item -> item.sku, Function.identity()));
		return orders.stream().map(order -> new OrderRow(order.number, order.supplierName, order.status.name(),
				order.lines.stream().map(line -> {
					ItemEntity item = bySku.get(line.sku);
					return new LineRow(line.sku, item == null ? line.sku : item.name, item == null ? "" : item.unit,
							line.quantity, line.receivedQuantity, line.unitPrice);
				}).toList(), order.orderedValue(), order.expectedBy, order.status.awaitsGoods()))
			.toList();
	}

	static List<MovementRow> movements(List<StockMovementEntity> movements, List<ItemEntity> items) {
		Map<String, String> names = items.stream().collect(Collectors.toMap(item -> item.sku, item -> item.name));
		return movements.stream()
			.map(m -> new MovementRow(m.createdAt, m.sku, names.getOrDefault(m.sku, m.sku), m.quantity, m.type, m.reason,
					m.createdBy))
			.toList();
	}
}
