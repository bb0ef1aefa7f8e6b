package de.kmuflow.platform;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the pages use to write amounts, quantities, dates and times in the reader's language
 * ({@code ${@formats.money(...)}} in a template): German unless English was chosen, times in
 * the company's time zone rather than the server's. Accepts the API's text forms (plain decimals,
 * ISO dates and instants) so templates can pass JSON values as they are.
 */
@Component("formats")
public class PageFormats {

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final ZoneId zone;

	public PageFormats(@Value("${kmuflow.time-zone:Europe/Berlin}") ZoneId zone) {
		this.zone = zone;
	}

	public ZoneId zone() {
		return zone;
	}

	public String money(Object amount, String currency) {
		BigDecimal value = decimal(amount);
		if (value == null) {
			return "–";
		}
		if (english()) {
			String sign = GermanFormat.currencySign(currency);
			return (sign.equals("€") ? "€" : sign + " ") + GermanFormat.decimal(value, Locale.UK);
		}
		return GermanFormat.money(value, currency);
	}

	public String quantity(Object quantity) {
		BigDecimal value = decimal(quantity);
		return value == null ? "–" : GermanFormat.quantity(value, english() ? Locale.UK : Locale.GERMANY);
	}

	public String date(Object date) {
		LocalDate value = date instanceof LocalDate local ? local
				: date == null || date.toString().isBlank() || "null".equals(date.toString()) ? null
						: LocalDate.parse(date.toString().substring(0, 10));
		return value == null ? "–" : value.format(english() ? ENGLISH_DATE : GERMAN_DATE);
	}

	/** Date and time of an instant, in the company's time zone: {@code 18.03.2026 14:05}. */
	public String dateTime(Object instant) {
		return dateTime(instant, MINUTES);
	}

	/** Date and time to the second, for what takes seconds (an import run): {@code 18.03.2026 14:05:09}. */
	public String dateTimeSeconds(Object instant) {
		return dateTime(instant, SECONDS);
	}

	/** Only the time of day to the second, for the end of something whose day was said: {@code 14:05:31}. */
	public String timeSeconds(Object instant) {
		Instant value = instant(instant);
		return value == null ? "–" : value.atZone(zone).toLocalTime().format(SECONDS);
	}

	private String dateTime(Object instant, DateTimeFormatter time) {
		Instant value = instant(instant);
		if (value == null) {
			return "–";
		}
		var local = value.atZone(zone);
		return date(local.toLocalDate()) + " " + local.toLocalTime().format(time);
	}

	/**
	 * An instant, also from a local date and time such as Spring Batch records: that is a moment on
	 * this server's clock, in the server's zone, which need not be the company's.
	 */
	private static Instant instant(Object instant) {
		if (instant instanceof Instant at) {
			return at;
		}
		if (instant instanceof LocalDateTime local) {
			return local.atZone(ZoneId.systemDefault()).toInstant();
		}
		return instant == null || instant.toString().isBlank() ? null : Instant.parse(instant.toString());
	}

	private static BigDecimal decimal(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value == null || value.toString().isBlank() || "null".equals(value.toString())) {
			return null;
		}
		return new BigDecimal(value.toString());
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}
}
