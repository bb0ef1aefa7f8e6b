package de.kmuflow.inventory.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** An item as the REST API takes and gives it (the field names of the contract). */
record ItemData(String sku, String name, String unit, BigDecimal onHand, BigDecimal reorderPoint,
		BigDecimal reorderQuantity, BigDecimal maxLevel, String supplierName, String supplierEmail, BigDecimal unitPrice,
		Integer leadTimeDays) {

	static ItemData of(ItemEntity item) {
		return new ItemData(item.sku, item.name, item.unit, item.onHand, item.reorderPoint, item.reorderQuantity,
				item.maxLevel, item.supplierName, item.supplierEmail, item.unitPrice, item.leadTimeDays);
	}

	/** The same data for the item {@code sku}; a different SKU in the body is a mistake. */
	ItemData withSku(String pathSku) {
		require(sku == null || sku.equals(pathSku), "Die Artikelnummer (sku) lässt sich nicht ändern");
		return new ItemData(pathSku, name, unit, onHand, reorderPoint, reorderQuantity, maxLevel, supplierName,
				supplierEmail, unitPrice, leadTimeDays);
	}

	/** Writes the master data into the item; its stock changes only by movements. */
	void applyTo(ItemEntity item) {
		item.name = name;
		item.unit = unit;
		item.reorderPoint = reorderPoint;
		item.reorderQuantity = reorderQuantity;
		item.maxLevel = maxLevel;
		item.supplierName = supplierName;
		item.supplierEmail = supplierEmail;
		item.unitPrice = unitPrice;
		item.leadTimeDays = leadTimeDays;
	}

	/** The master data by field name, as recorded in the change log (numbers without trailing zeros). */
	Map<String, String> masterData() {
		var fields = new LinkedHashMap<String, String>();
		fields.put("name", name);
		fields.put("unit", unit);
		fields.put("reorderPoint", text(reorderPoint));
		fields.put("reorderQuantity", text(reorderQuantity));
		fields.put("maxLevel", text(maxLevel));
		fields.put("supplierName", supplierName);
		fields.put("supplierEmail", supplierEmail);
		fields.put("unitPrice", text(unitPrice));
		fields.put("leadTimeDays", leadTimeDays == null ? null : leadTimeDays.toString());
		return fields;
	}

	private static String text(BigDecimal number) {
		return number == null ? null : number.stripTrailingZeros().toPlainString();
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
