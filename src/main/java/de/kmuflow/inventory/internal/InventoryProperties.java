package de.kmuflow.inventory.internal;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of stock keeping and reordering ({@code kmuflow.inventory.*}).
 *
 * @param approvalLimit order value (EUR, net) above which purchasing approves an order
 * @param bundleWindow how long a new purchase order waits for more lines to the same supplier
 * @param deliveryGraceDays days after the lead time before purchasing chases the supplier
 * @param matchTolerancePercent how far an invoice may differ from order and receipt and still be approved automatically
 * @param deliveryAddress where suppliers deliver (printed on the order)
 * @param orderMailFrom sender of order mails
 */
@ConfigurationProperties("kmuflow.inventory")
record InventoryProperties(BigDecimal approvalLimit, Duration bundleWindow, Integer deliveryGraceDays,
		BigDecimal matchTolerancePercent, String deliveryAddress, String orderMailFrom) {

	InventoryProperties {
		approvalLimit = approvalLimit == null ? new BigDecimal("1000") : approvalLimit;
		bundleWindow = bundleWindow == null ? Duration.ofMinutes(15) : bundleWindow;
		deliveryGraceDays = deliveryGraceDays == null ? 2 : deliveryGraceDays;
		matchTolerancePercent = matchTolerancePercent == null ? new BigDecimal("2") : matchTolerancePercent;
		deliveryAddress = deliveryAddress == null ? "kmu-flow Demo GmbH, Wareneingang, Musterstraße 1, 12345 Musterstadt"
				: deliveryAddress;
		orderMailFrom = orderMailFrom == null ? "einkauf@kmu-flow.example" : orderMailFrom;
	}
}
