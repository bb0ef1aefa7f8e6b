package de.kmuflow.inventory.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import de.kmuflow.inventory.GoodsReceived;
import de.kmuflow.inventory.InventoryReorderProcess.Messages;
import de.kmuflow.inventory.MovementType;
import de.kmuflow.inventory.OrderMatch;
import de.kmuflow.inventory.PurchaseOrders;
import de.kmuflow.inventory.internal.PurchaseOrderEntity.Status;
import de.kmuflow.platform.GermanFormat;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the reorder process: propose (bundling lines to one supplier), approve, send,
 * receive (partial deliveries leave the rest open), and the three-way match for invoices.
 */
@Service
@Transactional
class ReorderService implements PurchaseOrders {

	private final ItemRepository items;
	private final PurchaseOrderRepository orders;
	private final InventoryService inventory;
	private final PurchaseOrderMailer mailer;
	private final RuntimeService runtime;
	private final InventoryProperties properties;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	ReorderService(ItemRepository items, PurchaseOrderRepository orders, InventoryService inventory,
			PurchaseOrderMailer mailer, RuntimeService runtime, InventoryProperties properties, Clock clock,
			ApplicationEventPublisher events) {
		this.items = items;
		this.orders = orders;
		this.inventory = inventory;
		this.mailer = mailer;
		this.runtime = runtime;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	/** What propose found: nothing to order, or the order this line is on (and whether it started it). */
	record Proposal(boolean orderNeeded, boolean ownsOrder, UUID purchaseOrderId, double orderValue) {
	}

	/**
	 * Orders enough to reach the maximum level, or the reorder quantity, and at least the shortfall;
	 * what is already on order counts. The line joins a recent proposed order to the same supplier.
	 */
	Proposal propose(String sku, String processInstanceId) {
		ItemEntity item = items.lockBySku(sku).orElseThrow();
		BigDecimal onOrder = openQuantity(sku);
		BigDecimal available = item.onHand.add(onOrder);
		BigDecimal quantity;
		if (available.compareTo(item.reorderPoint) >= 0) {
			quantity = BigDecimal.ZERO;
		}
		else if (item.maxLevel != null) {
			quantity = item.maxLevel.subtract(available);
		}
		else {
			quantity = item.reorderQuantity.max(item.reorderPoint.subtract(available));
		}
		if (quantity.signum() <= 0) {
			return new Proposal(false, false, null, 0);
		}
		String supplier = item.supplierName == null ? "Unbekannter Lieferant" : item.supplierName;
		List<PurchaseOrderEntity> open = orders.lockOpenForSupplierSince(supplier,
				clock.instant().minus(properties.bundleWindow()));
		boolean owns = open.isEmpty();
		PurchaseOrderEntity order = owns ? new PurchaseOrderEntity(nextNumber(), supplier, item.supplierEmail,
				clock.instant()) : open.get(0);
		order.lines.add(new PurchaseOrderLineEntity(sku, quantity, item.unitPrice, processInstanceId));
		orders.saveAndFlush(order);
		return new Proposal(true, owns, order.id, order.orderedValue().doubleValue());
	}

	private BigDecimal openQuantity(String sku) {
		return orders.findByStatusInOrderByCreatedAtDesc(
				EnumSet.of(Status.PROPOSED, Status.APPROVED, Status.SENT, Status.PARTIALLY_RECEIVED))
			.stream()
			.flatMap(order -> order.lines.stream())
			.filter(line -> line.sku.equals(sku))
			.map(PurchaseOrderLineEntity::outstanding)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private String nextNumber() {
		String prefix = "PO-" + Year.now(clock).getValue() + "-";
		return prefix + String.format("%05d", orders.countByNumberStartingWith(prefix) + 1);
	}

	/** The order's value once the bundle window has closed; above the limit purchasing approves. */
	boolean needsApproval(UUID orderId) {
		return order(orderId).orderedValue().compareTo(properties.approvalLimit()) > 0;
	}

	double orderValue(UUID orderId) {
		return order(orderId).orderedValue().doubleValue();
	}

	Map<String, Object> approvalFormValues(UUID orderId) {
		PurchaseOrderEntity order = order(orderId);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("purchaseOrderNumber", order.number);
		values.put("supplierName", order.supplierName);
		values.put("orderLines", describe(order));
		values.put("orderValueText", GermanFormat.money(order.orderedValue(), "EUR") + " (netto)");
		return values;
	}

	/** Purchasing's decision; a changed quantity (per SKU) is applied before the order goes out. */
	void decide(UUID orderId, boolean approved, Map<String, BigDecimal> changedQuantities, String user) {
		PurchaseOrderEntity order = orders.lockById(orderId).orElseThrow();
		for (PurchaseOrderLineEntity line : order.lines) {
			BigDecimal changed = changedQuantities.get(line.sku);
			if (changed != null) {
				if (changed.signum() <= 0) {
					throw new IllegalArgumentException("Die Menge muss größer 0 sein; zum Verwerfen bitte ablehnen.");
				}
				line.quantity = changed;
			}
		}
		order.approvedBy = user;
		order.status = approved ? Status.APPROVED : Status.REJECTED;
	}

	/** Rejects the order and tells the other lines' reorder processes, which waited for it. */
	void reject(UUID orderId, String byProcessInstanceId) {
		PurchaseOrderEntity order = orders.lockById(orderId).orElseThrow();
		order.status = Status.REJECTED;
		for (PurchaseOrderLineEntity line : order.lines) {
			if (line.processInstanceId != null && !line.processInstanceId.equals(byProcessInstanceId)) {
				runtime.createMessageCorrelation(Messages.ORDER_REJECTED).processInstanceId(line.processInstanceId)
					.correlateAll();
			}
		}
	}

	/** Mails the order to the supplier; returns when purchasing should chase the delivery. */
	Date send(UUID orderId) {
		PurchaseOrderEntity order = orders.lockById(orderId).orElseThrow();
		if (order.status == Status.PROPOSED || order.status == Status.APPROVED) {
			int leadTime = order.lines.stream().mapToInt(line -> items.findById(line.sku).orElseThrow().leadTimeDays)
				.max()
				.orElse(0);
			order.expectedBy = LocalDate.now(clock).plusDays(leadTime);
			order.sentAt = clock.instant();
			order.status = Status.SENT;
			mailer.send(order, items);
		}
		return deliveryDue(order);
	}

	Date deliveryDue(UUID orderId) {
		return deliveryDue(order(orderId));
	}

	private Date deliveryDue(PurchaseOrderEntity order) {
		LocalDate expected = order.expectedBy != null ? order.expectedBy : LocalDate.now(clock);
		return Date.from(expected.plusDays(properties.deliveryGraceDays()).atStartOfDay(clock.getZone()).toInstant());
	}

	/** Purchasing chased the supplier: wait again, until the given date or another grace period. */
	Date chased(UUID orderId, LocalDate promisedBy) {
		PurchaseOrderEntity order = order(orderId);
		order.expectedBy = promisedBy != null ? promisedBy : LocalDate.now(clock);
		return deliveryDue(order);
	}

	/** The warehouse reports a delivery of the order: every line still open gets its receipt task. */
	int goodsArrived(String orderNumber) {
		PurchaseOrderEntity order = orders.findByNumber(orderNumber).orElseThrow(
				() -> new IllegalArgumentException("Bestellung " + orderNumber + " gibt es nicht (no such purchase order)"));
		if (!order.status.awaitsGoods()) {
			throw new IllegalArgumentException("Bestellung " + orderNumber + " erwartet keine Lieferung (status "
					+ order.status + ")");
		}
		int notified = 0;
		for (PurchaseOrderLineEntity line : order.lines) {
			if (!line.fullyReceived() && line.processInstanceId != null) {
				notified += runtime.createMessageCorrelation(Messages.GOODS_ARRIVED)
					.processInstanceId(line.processInstanceId)
					.correlateAllWithResult()
					.size();
			}
		}
		return notified;
	}

	Map<String, Object> receiptFormValues(UUID orderId, String sku) {
		PurchaseOrderEntity order = order(orderId);
		PurchaseOrderLineEntity line = line(order, sku);
		ItemEntity item = items.findById(sku).orElseThrow();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("purchaseOrderNumber", order.number);
		values.put("supplierName", order.supplierName);
		values.put("itemText", sku + " – " + item.name);
		values.put("orderedText", GermanFormat.quantity(line.quantity) + " " + item.unit + ", davon offen "
				+ GermanFormat.quantity(line.outstanding()));
		values.put("receivedQuantity", GermanFormat.quantity(line.outstanding()));
		return values;
	}

	/** Books what arrived of this line as a stock receipt; returns whether the line is now complete. */
	boolean bookReceipt(UUID orderId, String sku, BigDecimal received, String user) {
		if (received == null || received.signum() <= 0) {
			throw new IllegalArgumentException("Bitte die gelieferte Menge (größer 0) eintragen.");
		}
		PurchaseOrderEntity order = orders.lockById(orderId).orElseThrow();
		PurchaseOrderLineEntity line = line(order, sku);
		line.receivedQuantity = line.receivedQuantity.add(received);
		inventory.book(sku, received, MovementType.RECEIPT, "Wareneingang zu " + order.number, order.id, user);
		order.status = order.fullyReceived() ? Status.RECEIVED : Status.PARTIALLY_RECEIVED;
		events.publishEvent(new GoodsReceived(order.id, order.number, sku, received, order.fullyReceived(), user,
				clock.instant()));
		return line.fullyReceived();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrderMatch> match(String purchaseOrderNumber, BigDecimal invoicedNet) {
		if (purchaseOrderNumber == null) {
			return Optional.empty();
		}
		return orders.findByNumber(purchaseOrderNumber.strip()).map(order -> {
			BigDecimal ordered = order.orderedValue();
			BigDecimal received = order.receivedValue();
			boolean complete = order.fullyReceived();
			String explanation;
			boolean agrees = false;
			if (invoicedNet == null) {
				explanation = "Nettobetrag der Rechnung fehlt.";
			}
			else if (!complete) {
				explanation = "Ware zu " + order.number + " ist noch nicht vollständig eingegangen (erhalten: "
						+ GermanFormat.money(received, "EUR") + " von " + GermanFormat.money(ordered, "EUR") + ").";
			}
			else {
				BigDecimal difference = invoicedNet.abs().subtract(received).abs();
				BigDecimal percent = received.signum() == 0 ? new BigDecimal("100")
						: difference.multiply(new BigDecimal("100")).divide(received, 2, RoundingMode.HALF_UP);
				agrees = percent.compareTo(properties.matchTolerancePercent()) <= 0;
				explanation = "Bestellung " + order.number + ", Wareneingang " + GermanFormat.money(received, "EUR")
						+ ", Rechnung netto " + GermanFormat.money(invoicedNet, "EUR") + ": Abweichung "
						+ GermanFormat.amount(percent) + " % (" + (agrees ? "innerhalb" : "außerhalb") + " der Toleranz von "
						+ GermanFormat.quantity(properties.matchTolerancePercent()) + " %).";
			}
			return new OrderMatch(order.number, ordered, received, invoicedNet, complete, agrees, explanation);
		});
	}

	@Transactional(readOnly = true)
	List<PurchaseOrderEntity> recentOrders() {
		return orders.findTop100ByOrderByCreatedAtDesc();
	}

	private PurchaseOrderEntity order(UUID orderId) {
		return orders.findById(orderId).orElseThrow(() -> new IllegalArgumentException("no purchase order " + orderId));
	}

	private static PurchaseOrderLineEntity line(PurchaseOrderEntity order, String sku) {
		return order.lines.stream().filter(line -> line.sku.equals(sku)).findFirst().orElseThrow();
	}

	/** One line per position: quantity and unit, item number and name, unit price and line value. */
	private String describe(PurchaseOrderEntity order) {
		return order.lines.stream().map(line -> {
			ItemEntity item = items.findById(line.sku).orElse(null);
			String name = item == null ? "" : " " + item.name;
			String unit = item == null ? "" : " " + item.unit;
			return GermanFormat.quantity(line.quantity) + unit + " × " + line.sku + name + " à "
					+ GermanFormat.money(line.unitPrice, "EUR") + " = "
					+ GermanFormat.money(line.unitPrice.multiply(line.quantity), "EUR");
		}).collect(Collectors.joining("\n"));
	}
}
