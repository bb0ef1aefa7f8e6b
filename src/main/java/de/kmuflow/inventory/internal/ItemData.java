package de.kmuflow.inventory.internal;

import java.math.BigDecimal;

/** An item as the REST API takes and gives it (the field names of the contract). */
record ItemData(String sku, String name, String unit, BigDecimal onHand, BigDecimal reorderPoint,
		BigDecimal reorderQuantity, BigDecimal maxLevel, String supplierName, String supplierEmail, BigDecimal unitPrice,
		Integer leadTimeDays) {

	static ItemData of(ItemEntity item) {
		return new ItemData(item.sku, item.name, item.unit, item.onHand, item.reorderPoint, item.reorderQuantity,
				item.maxLevel, item.supplierName, item.supplierEmail, item.unitPrice, item.leadTimeDays);
	}

	void validate() {
		require(sku != null && sku.matches("[A-Za-z0-9._/-]{1,64}"),
				"Artikelnummer (sku) fehlt oder enthält unzulässige Zeichen");
		require(name != null && !name.isBlank(), "Bezeichnung (name) fehlt");
		require(unit != null && !unit.isBlank(), "Einheit (unit) fehlt");
		require(reorderPoint != null && reorderPoint.signum() >= 0, "Meldebestand (reorderPoint) fehlt oder ist negativ");
		require(reorderQuantity != null && reorderQuantity.signum() > 0, "Bestellmenge (reorderQuantity) muss größer 0 sein");
		require(maxLevel == null || maxLevel.compareTo(reorderPoint) > 0, "Höchstbestand (maxLevel) muss über dem Meldebestand liegen");
		require(unitPrice != null && unitPrice.signum() >= 0, "Einzelpreis (unitPrice) fehlt oder ist negativ");
		require(leadTimeDays != null && leadTimeDays >= 0, "Lieferzeit in Tagen (leadTimeDays) fehlt");
		require(supplierEmail == null || supplierEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
				"E-Mail des Lieferanten (supplierEmail) ist ungültig");
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}
}
