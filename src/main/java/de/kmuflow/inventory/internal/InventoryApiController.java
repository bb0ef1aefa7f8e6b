package de.kmuflow.inventory.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kmuflow.inventory.MovementType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Items, stock movements and purchase orders over REST (field names as in the design's contract). */
@RestController
class InventoryApiController {

	private final InventoryService inventory;
	private final ReorderService reorders;

	InventoryApiController(InventoryService inventory, ReorderService reorders) {
		this.inventory = inventory;
		this.reorders = reorders;
	}

	@GetMapping("/api/inventory/items")
	List<ItemData> items() {
		return inventory.items().stream().map(ItemData::of).toList();
	}

	@GetMapping("/api/inventory/items/{sku}")
	ItemData item(@PathVariable String sku) {
		return ItemData.of(inventory.item(sku));
	}

	/** A new item; an existing SKU answers 409 (changes go through PUT). */
	@PostMapping("/api/inventory/items")
	ResponseEntity<ItemData> create(@RequestBody ItemData item, Principal user) {
		ItemData created = ItemData.of(inventory.create(item, user.getName()));
		return ResponseEntity.created(URI.create("/api/inventory/items/" + created.sku())).body(created);
	}

	/** Purchasing changes an item's master data; the stock ({@code onHand}) is left alone. */
	@PutMapping("/api/inventory/items/{sku}")
	ItemData update(@PathVariable String sku, @RequestBody ItemData item, Principal user) {
		return ItemData.of(inventory.update(sku, item, user.getName()));
	}

	record ItemChange(String field, String oldValue, String newValue, String changedBy, Instant changedAt) {
	}

	@GetMapping("/api/inventory/items/{sku}/changes")
	List<ItemChange> changes(@PathVariable String sku) {
		return inventory.changes(sku).stream()
			.map(change -> new ItemChange(change.field, change.oldValue, change.newValue, change.changedBy,
					change.changedAt))
			.toList();
	}

	@ExceptionHandler(InventoryService.NoSuchItemException.class)
	ResponseEntity<Map<String, String>> notFound(InventoryService.NoSuchItemException e) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
	}

	@ExceptionHandler(InventoryService.ItemExistsException.class)
	ResponseEntity<Map<String, String>> exists(InventoryService.ItemExistsException e) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
	}

	@ExceptionHandler(InventoryService.MasterDataRefusedException.class)
	ResponseEntity<Map<String, String>> refused(InventoryService.MasterDataRefusedException e) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", e.getMessage()));
	}

	record MovementRequest(String sku, BigDecimal quantity, MovementType type, String reason) {
	}

	record Movement(UUID id, String sku, BigDecimal quantity, MovementType type, String reason, BigDecimal onHandAfter,
			String createdBy, Instant createdAt) {

		static Movement of(StockMovementEntity movement) {
			return new Movement(movement.id, movement.sku, movement.quantity, movement.type, movement.reason,
					movement.onHandAfter, movement.createdBy, movement.createdAt);
		}
	}

	@PostMapping("/api/inventory/movements")
	ResponseEntity<Movement> book(@RequestBody MovementRequest request, Principal user) {
		if (request.type() == null) {
			throw new IllegalArgumentException("Art der Bewegung (type) fehlt: RECEIPT, ISSUE oder CORRECTION");
		}
		Movement movement = Movement.of(inventory.book(request.sku(), request.quantity(), request.type(),
				request.reason(), user.getName()));
		return ResponseEntity.status(201).body(movement);
	}

	@GetMapping("/api/inventory/movements")
	List<Movement> movements(@RequestParam(required = false) String sku) {
		return inventory.movements(sku).stream().map(Movement::of).toList();
	}

	record Line(String sku, BigDecimal quantity, BigDecimal receivedQuantity, BigDecimal unitPrice) {
	}

	record PurchaseOrder(UUID id, String number, String supplierName, String supplierEmail, String status,
			BigDecimal orderedValue, BigDecimal receivedValue, LocalDate expectedBy, String approvedBy, List<Line> lines) {

		static PurchaseOrder of(PurchaseOrderEntity order) {
			return new PurchaseOrder(order.id, order.number, order.supplierName, order.supplierEmail, order.status.name(),
					order.orderedValue(), order.receivedValue(), order.expectedBy, order.approvedBy,
					order.lines.stream()
						.map(line -> new Line(line.sku, line.quantity, line.receivedQuantity, line.unitPrice))
						.toList());
		}
	}

	@GetMapping("/api/inventory/purchase-orders")
	List<PurchaseOrder> purchaseOrders() {
		return reorders.recentOrders().stream().map(PurchaseOrder::of).toList();
	}

	/** The warehouse reports that a delivery for the order has arrived: its lines get their receipt tasks. */
	@PostMapping("/api/inventory/purchase-orders/{number}/arrivals")
	Map<String, Object> arrived(@PathVariable String number) {
		return Map.of("purchaseOrder", number, "receiptTasks", reorders.goodsArrived(number));
	}
}
