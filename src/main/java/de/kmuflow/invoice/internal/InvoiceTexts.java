package de.kmuflow.invoice.internal;

import java.util.Set;

import de.kmuflow.platform.PageFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An invoice value as the invoice page shows it ({@code ${@invoiceTexts.fieldValue(...)}}):
 * amounts and dates in the reader's form, statuses and categories as words, not codes.
 */
@Component("invoiceTexts")
class InvoiceTexts {

	private static final Set<String> AMOUNTS = Set.of("netTotal", "taxTotal", "grossTotal", "payableAmount");
	private static final Set<String> DATES = Set.of("issueDate", "dueDate", "deliveryDate");

	private final PageFormats formats;
	private final MessageSource messages;

	InvoiceTexts(PageFormats formats, MessageSource messages) {
		this.formats = formats;
		this.messages = messages;
	}

	public String fieldValue(String field, String value, String currency) {
		if (value == null || value.isBlank()) {
			return "–";
		}
		try {
			if (AMOUNTS.contains(field)) {
				return formats.money(value, currency);
			}
			if (DATES.contains(field)) {
				return formats.date(value);
			}
		}
		catch (RuntimeException e) {
			// a value recorded before it was checked (history) is shown as it was typed
			return value;
		}
		return switch (field) {
			case "status" -> word("status." + value, value);
			case "invoiceCategory" -> word("category." + value, value);
			default -> value;
		};
	}

	private String word(String key, String fallback) {
		return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}
}
