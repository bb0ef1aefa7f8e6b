package de.kmuflow.extraction.internal.fields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.kmuflow.extraction.CashDiscount;

/**
 * Reads Skonto terms: "2 % Skonto bei Zahlung innerhalb von 10 Tagen", "bis 25.03.2026 abzüglich
 * 3 % Skonto", "2% discount if paid within 10 days". Payment terms often hold several clauses
 * ("10 Tage 2 % Skonto, 30 Tage netto"): only the clause that holds the Skonto percentage counts.
 */
final class CashDiscountReader {

	private static final Pattern DAYS = Pattern.compile("(?<![\\d.,])(\\d{1,3}) ?(Tagen|Tage|Tg\\.?|Kalendertagen|days|day|jours|dagen)(?!\\p{L})",
			Pattern.CASE_INSENSITIVE);

	private final InvoiceText text;

	CashDiscountReader(InvoiceText text) {
		this.text = text;
	}

	Optional<Chosen<CashDiscount>> read() {
		for (Line line : text.lines()) {
			if (!text.hasLabel(line, LabelKind.CASH_DISCOUNT)) {
				continue;
			}
			Optional<Chosen<CashDiscount>> discount = readLine(line);
			if (discount.isPresent()) {
				return discount;
			}
		}
		return Optional.empty();
	}

	private Optional<Chosen<CashDiscount>> readLine(Line line) {
		int skonto = text.labels(line).stream()
			.filter(h -> h.kind() == LabelKind.CASH_DISCOUNT)
			.mapToInt(h -> line.startOf(h.firstWord()))
			.findFirst()
			.orElse(0);
		String digits = line.digitText();
		int[] clause = clauseAround(digits, skonto);
		Found<BigDecimal> percent = text.percents(line)
			.stream()
			.filter(p -> p.value().compareTo(BigDecimal.TEN) <= 0 && p.value().signum() > 0)
			.filter(p -> inClause(line, p, clause))
			.findFirst()
			.orElse(null);
		if (percent == null) {
			return Optional.empty();
		}
		Integer days = null;
		Matcher matcher = DAYS.matcher(digits);
		matcher.region(clause[0], clause[1]);
		if (matcher.find()) {
			days = Integer.valueOf(matcher.group(1));
		}
		LocalDate date = text.dates(line).stream().filter(d -> inClause(line, d, clause)).map(Found::value).findFirst()
			.orElse(null);
		double strength = text.labels(line).stream().filter(h -> h.kind() == LabelKind.CASH_DISCOUNT)
			.mapToDouble(LabelHit::strength).max().orElse(0);
		if (days == null && date == null && strength < 1) {
			return Optional.empty();
		}
		double confidence = days != null || date != null ? 0.85 : 0.5;
		return Optional.of(new Chosen<>(new CashDiscount(percent.value(), days, date), confidence));
	}

	/** The clause (between commas, semicolons or sentence ends) around a position. */
	private static int[] clauseAround(String text, int position) {
		int start = position;
		while (start > 0 && !isClauseBreak(text, start - 1)) {
			start--;
		}
		int end = position;
		while (end < text.length() && !isClauseBreak(text, end)) {
			end++;
		}
		return new int[] { start, end };
	}

	/** A comma between digits is a decimal comma, a full stop ends a sentence only before a capital. */
	private static boolean isClauseBreak(String text, int i) {
		char c = text.charAt(i);
		if (c == ';') {
			return true;
		}
		if (c == '.') {
			boolean afterWord = i > 1 && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i - 2));
			return afterWord && i + 2 < text.length() && text.charAt(i + 1) == ' '
					&& Character.isUpperCase(text.charAt(i + 2));
		}
		if (c != ',') {
			return false;
		}
		boolean digitBefore = i > 0 && Character.isDigit(text.charAt(i - 1));
		boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
		return !(digitBefore && digitAfter);
	}

	private static boolean inClause(Line line, Found<?> found, int[] clause) {
		int start = line.startOf(found.firstWord());
		return start >= clause[0] && start < clause[1];
	}
}
