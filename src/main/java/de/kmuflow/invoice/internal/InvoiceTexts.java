package de.kmuflow.invoice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import de.kmuflow.invoice.rules.Finding;
import de.kmuflow.platform.PageFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An invoice value as the invoice page shows it ({@code ${@invoiceTexts.fieldValue(...)}}):
 * amounts and dates in the reader's form, statuses and categories as words, not codes; and a
 * finding in the reader's language ({@code ${@invoiceTexts.finding(finding)}}).
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

	/**
	 * A finding's message: as the rule wrote it in German, in English from {@code finding.<text>} with its
	 * values written the English way. A finding stored before findings had texts stays German.
	 */
	public String finding(JsonNode finding) {
		String german = finding.path("message").asText();
		Locale locale = LocaleContextHolder.getLocale();
		JsonNode text = finding.path("text");
		if (Locale.GERMAN.getLanguage().equals(locale.getLanguage()) || !text.isTextual()) {
			return german;
		}
		List<String> args = new ArrayList<>();
		finding.path("args").forEach(arg -> args.add(shown(arg.asText())));
		return messages.getMessage("finding." + text.asText(), args.toArray(), german, locale);
	}

	private String shown(String arg) {
		LocalDate date = Finding.dateOf(arg);
		if (date != null) {
			return formats.date(date);
		}
		String[] amount = Finding.amountOf(arg);
		if (amount != null) {
			return formats.money(amount[1], amount[0]);
		}
		BigDecimal rate = Finding.rateOf(arg);
		return rate == null ? arg : formats.quantity(rate) + " %";
	}

	private String word(String key, String fallback) {
		return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
	}
}
