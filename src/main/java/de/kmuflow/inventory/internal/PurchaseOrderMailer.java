package de.kmuflow.inventory.internal;

import java.math.BigDecimal;

import de.kmuflow.platform.GermanFormat;
import de.kmuflow.platform.Incidents;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/** The order as a plain-text e-mail to the supplier: number, lines, delivery address and date. */
@Component
class PurchaseOrderMailer {

	private final JavaMailSender mail;
	private final InventoryProperties properties;

	PurchaseOrderMailer(JavaMailSender mail, InventoryProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	void send(PurchaseOrderEntity order, ItemRepository items) {
		if (order.supplierEmail == null) {
			throw new IllegalStateException("Lieferant " + order.supplierName
					+ " hat keine E-Mail-Adresse: bitte im Artikelstamm ergänzen und den Vorgang in Cockpit wiederholen");
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.orderMailFrom());
		message.setTo(order.supplierEmail);
		message.setSubject("Bestellung " + order.number);
		message.setText(text(order, items));
		try {
			mail.send(message);
		}
		catch (MailException e) {
			// the engine retries with back-off, then shows this text as the incident in Cockpit
			throw Incidents.mailServerDown("Bestellung " + order.number + " an " + order.supplierEmail, server(), e);
		}
	}

	private String server() {
		return mail instanceof JavaMailSenderImpl sender ? sender.getHost() + ":" + sender.getPort() : "";
	}

	String text(PurchaseOrderEntity order, ItemRepository items) {
		StringBuilder text = new StringBuilder();
		text.append("Sehr geehrte Damen und Herren,\n\nwir bestellen hiermit:\n\n");
		text.append("Bestellnummer: ").append(order.number).append("\n\n");
		text.append(String.format("%-5s %-16s %-34s %10s %12s%n", "Pos.", "Artikel", "Bezeichnung", "Menge", "Einzelpreis"));
		int position = 1;
		for (PurchaseOrderLineEntity line : order.lines) {
			ItemEntity item = items.findById(line.sku).orElseThrow();
			text.append(String.format("%-5d %-16s %-34s %10s %12s%n", position++, line.sku, item.name,
					GermanFormat.quantity(line.quantity) + " " + item.unit, GermanFormat.money(line.unitPrice, "EUR")));
		}
		BigDecimal total = order.orderedValue();
		text.append("\nBestellwert netto: ").append(GermanFormat.money(total, "EUR")).append('\n');
		if (order.expectedBy != null) {
			text.append("Gewünschter Liefertermin: ").append(GermanFormat.date(order.expectedBy)).append('\n');
		}
		text.append("Lieferanschrift: ").append(properties.deliveryAddress()).append("\n\n");
		text.append("Bitte geben Sie die Bestellnummer auf Lieferschein und Rechnung an.\n\nMit freundlichen Grüßen\nEinkauf\n");
		return text.toString();
	}
}
