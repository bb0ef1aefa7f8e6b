package de.kmuflow.suppliermemory.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import de.kmuflow.extraction.PrintedLine;
import de.kmuflow.suppliermemory.internal.PrintedPage.Spot;
import de.kmuflow.suppliermemory.internal.Rule.Placement;

/**
 * Learns from one corrected value where and how the supplier printed it: finds the value on the page
 * in each known format, and takes the words in front of it (or above it) as its label.
 */
final class RuleLearner {

	/** At most this many words make a label. */
	private static final int MAX_LABEL_WORDS = 4;

	/** A gap wider than this (fraction of the page width) between label and value is suspicious. */
	private static final double FAR = 0.25;

	private RuleLearner() {
	}

	/** What the correction teaches; empty when a varying value is not printed on the page (nothing to learn). */
	static Optional<Rule> learn(List<PrintedLine> lines, MemoryField field, String value) {
		if (!field.printed()) {
			return Optional.of(Rule.notPrinted(field, value));
		}
		PrintedPage page = new PrintedPage(lines);
		List<Rule> found = new ArrayList<>();
		List<Printed> printings;
		try {
			printings = printings(field, value);
		}
		catch (DateTimeException | NumberFormatException e) {
			// not a date or amount in the text form corrections carry: nothing to learn from it
			return Optional.empty();
		}
		for (Printed printed : printings) {
			for (Spot spot : page.find(printed.text())) {
				found.add(rule(page, spot, field, printed.format(), value));
			}
		}
		Optional<Rule> best = found.stream().min(Comparator.comparing(Rule::placement));
		if (best.isEmpty() && field.kind == MemoryField.Kind.SUPPLIER_DATA) {
			return Optional.of(Rule.notPrinted(field, value));
		}
		return best;
	}

	private record Printed(String text, String format) {
	}

	/** The value as the supplier may have printed it, each with the format that prints it so. */
	private static List<Printed> printings(MemoryField field, String value) {
		List<Printed> printings = new ArrayList<>();
		switch (field.kind) {
			case DATE -> {
				LocalDate date = LocalDate.parse(value);
				ValueFormats.DATE_PATTERNS
					.forEach(pattern -> printings.add(new Printed(ValueFormats.print(date, pattern), pattern)));
			}
			case AMOUNT -> {
				BigDecimal amount = new BigDecimal(value);
				for (ValueFormats.AmountStyle style : ValueFormats.AmountStyle.values()) {
					style.prints(amount).forEach(text -> printings.add(new Printed(text, style.example)));
				}
			}
			case REFERENCE -> printings.add(new Printed(value, ValueFormats.shape(value)));
			default -> printings.add(new Printed(value, null));
		}
		return printings;
	}

	private static Rule rule(PrintedPage page, Spot spot, MemoryField field, String format, String value) {
		PrintedLine line = page.line(spot.line());
		PrintedLine.Word first = line.words().get(spot.first());
		String kept = field.kind == MemoryField.Kind.SUPPLIER_DATA ? value : null;
		List<String> before = labelBefore(line.words(), spot.first());
		List<String> above = labelAbove(page, spot.line(), first);
		// text far to the left in another block (an address beside a header) is no label when one stands right above
		boolean farBefore = spot.first() > 0 && first.left() - line.words().get(spot.first() - 1).right() > FAR;
		if (!before.isEmpty() && (above.isEmpty() || !farBefore)) {
			return new Rule(field, Placement.RIGHT_OF_LABEL, String.join(" ", before), format, line.page(), line.top(),
					first.left(), kept);
		}
		if (!above.isEmpty()) {
			return new Rule(field, Placement.BELOW_LABEL, String.join(" ", above), format, line.page(), line.top(),
					first.left(), kept);
		}
		return new Rule(field, Placement.AT_POSITION, null, format, line.page(), line.top(), first.left(), kept);
	}

	/** The words right before the value, without digits (a number is another value, not a label), in one column. */
	private static List<String> labelBefore(List<PrintedLine.Word> words, int valueStart) {
		List<String> label = new ArrayList<>();
		for (int i = valueStart - 1; i >= 0 && label.size() < MAX_LABEL_WORDS; i--) {
			PrintedLine.Word word = words.get(i);
			boolean sameColumn = i == valueStart - 1 || words.get(i + 1).left() - word.right() < PrintedPage.COLUMN_GAP;
			if (PrintedPage.hasDigit(word.text()) || !sameColumn) {
				break;
			}
			String normed = PrintedPage.norm(word.text());
			if (!normed.isEmpty()) {
				label.add(0, normed);
			}
		}
		return label;
	}

	/** The words of the line above that stand over the value, when they carry no digits. */
	private static List<String> labelAbove(PrintedPage page, int lineIndex, PrintedLine.Word value) {
		if (lineIndex == 0 || page.line(lineIndex - 1).page() != page.line(lineIndex).page()) {
			return List.of();
		}
		List<PrintedLine.Word> words = page.line(lineIndex - 1).words();
		List<String> label = new ArrayList<>();
		PrintedLine.Word previous = null;
		for (PrintedLine.Word word : words) {
			boolean over = word.right() > value.left() - PrintedPage.COLUMN_GAP
					&& word.left() < value.right() + PrintedPage.COLUMN_GAP;
			boolean joins = previous == null || word.left() - previous.right() < PrintedPage.COLUMN_GAP;
			if (over && (label.isEmpty() || joins)) {
				if (PrintedPage.hasDigit(word.text())) {
					return List.of();
				}
				String normed = PrintedPage.norm(word.text());
				if (!normed.isEmpty() && label.size() < MAX_LABEL_WORDS) {
					label.add(normed);
				}
				previous = word;
			}
			else if (!label.isEmpty()) {
				break;
			}
		}
		return label;
	}
}
