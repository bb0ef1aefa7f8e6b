package de.kmuflow.samples.receipts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import de.kmuflow.samples.receipts.Receipt.PrintLine;

/**
 * What a till does while it prints: it keeps the lines, adds up the items per tax rate and
 * formats amounts, dates and columns the way its country prints them.
 */
final class Till {

	final Random random;
	final int columns;
	final boolean german;
	final List<PrintLine> lines = new ArrayList<>();
	/** Gross per tax letter, and the letter's rate in percent. */
	final Map<String, BigDecimal> grossByLetter = new LinkedHashMap<>();
	final Map<String, Integer> rates = new LinkedHashMap<>();

	Till(Random random, int columns, boolean german) {
		this.random = random;
		this.columns = columns;
		this.german = german;
	}

	void rate(String letter, int percent) {
		rates.put(letter, percent);
	}

	void add(PrintLine line) {
		lines.add(line);
	}

	void text(String text) {
		lines.add(PrintLine.plain(text));
	}

	void centred(String text) {
		lines.add(PrintLine.centred(text));
	}

	void rule(char c) {
		lines.add(PrintLine.plain(String.valueOf(c).repeat(columns)));
	}

	void blank() {
		lines.add(PrintLine.plain(""));
	}

	/** Left text and right text on one line, the right flush with the paper's edge. */
	void pair(String left, String right) {
		lines.add(PrintLine.plain(pad(left, right, columns)));
	}

	void boldPair(String left, String right) {
		lines.add(PrintLine.bold(pad(left, right, columns)));
	}

	/** Large print is twice as wide: half the columns. */
	void largePair(String left, String right) {
		lines.add(PrintLine.large(pad(left, right, columns / 2)));
	}

	static String pad(String left, String right, int width) {
		int gap = Math.max(1, width - left.length() - right.length());
		return left + " ".repeat(gap) + right;
	}

	/** An item: its description, its gross price and its tax letter, counted into that letter's sum. */
	void item(String description, BigDecimal price, String letter, boolean showLetter) {
		grossByLetter.merge(letter, price, BigDecimal::add);
		String amount = money(price) + (showLetter ? " " + letter : "");
		int room = columns - amount.length() - 1;
		pair(description.length() > room ? description.substring(0, room) : description, amount);
	}

	/** "3 x 1,29" above an item of that many pieces. */
	BigDecimal quantityItem(String description, int quantity, BigDecimal unit, String letter, boolean showLetter) {
		BigDecimal price = unit.multiply(BigDecimal.valueOf(quantity));
		if (quantity > 1) {
			text("  " + quantity + " x " + money(unit));
		}
		item(description, price, letter, showLetter);
		return price;
	}

	BigDecimal gross() {
		return grossByLetter.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	BigDecimal tax(String letter) {
		BigDecimal gross = grossByLetter.get(letter);
		int rate = rates.get(letter);
		return gross.multiply(BigDecimal.valueOf(rate)).divide(BigDecimal.valueOf(100 + rate), 2, RoundingMode.HALF_UP);
	}

	BigDecimal tax() {
		return grossByLetter.keySet().stream().map(this::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	String money(BigDecimal amount) {
		String plain = String.format(Locale.ROOT, "%.2f", amount);
		return german ? plain.replace('.', ',') : plain;
	}

	/** A price between min and max euros, in steps of ten cents ending often in 9. */
	BigDecimal price(double min, double max) {
		double value = min + random.nextDouble() * (max - min);
		BigDecimal cents = BigDecimal.valueOf(Math.round(value * 10)).movePointLeft(1);
		return random.nextBoolean() ? cents.add(new BigDecimal("0.09")) : cents;
	}

	<T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	LocalDate date() {
		return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(335));
	}

	LocalTime time() {
		return LocalTime.of(7 + random.nextInt(13), random.nextInt(60), random.nextInt(60));
	}

	String digits(int count) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < count; i++) {
			out.append(random.nextInt(10));
		}
		return out.toString();
	}

	String hex(int count) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < count; i++) {
			out.append("0123456789abcdef".charAt(random.nextInt(16)));
		}
		return out.toString();
	}

	/** The lines §146a AO asks for since 2020: the technical security device's transaction and signature. */
	void tse(LocalDate date, LocalTime time) {
		String start = date + "T" + time.minusSeconds(40 + random.nextInt(200)) + ".000";
		String stop = date + "T" + time + ".000";
		text("TSE-Transaktion: " + digits(6));
		text("TSE-Start: " + start);
		text("TSE-Stop: " + stop);
		text("TSE-Signaturzähler: " + digits(5));
		text("TSE-Seriennummer:");
		text(hex(Math.min(columns, 40)));
		text("TSE-Signatur:");
		text(hex(columns));
		text(hex(columns - 10) + "==");
	}

	/** The tax table with a header: letter, rate, net, tax and gross per letter. */
	void taxTable(String rateLabel, String taxLabel) {
		String header = String.format(Locale.ROOT, "%-6s%9s%9s%9s", rateLabel, "Netto", taxLabel, "Brutto");
		text(german ? header : header.replace("Netto", "Net").replace("Brutto", "Gross"));
		for (String letter : grossByLetter.keySet()) {
			BigDecimal tax = tax(letter);
			BigDecimal gross = grossByLetter.get(letter);
			text(String.format(Locale.ROOT, "%-6s%9s%9s%9s", letter + "=" + rates.get(letter) + "%",
					money(gross.subtract(tax)), money(tax), money(gross)));
		}
	}

	Receipt receipt(String family, String half, String language, int paper, String font, String seller,
			LocalDate date, String currency, String vatId, String taxNumber, boolean netPrinted) {
		return new Receipt(family, half, language, paper, columns, font, List.copyOf(lines), seller, date, currency,
				gross(), tax(), vatId, taxNumber, netPrinted);
	}
}
