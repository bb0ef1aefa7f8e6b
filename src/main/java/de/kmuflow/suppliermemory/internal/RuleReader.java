package de.kmuflow.suppliermemory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import de.kmuflow.extraction.PrintedLine;
import de.kmuflow.suppliermemory.internal.PrintedPage.Spot;

/**
 * Reads one field of a new invoice by a learned rule: finds the learned label (or place), takes the
 * value after or under it and accepts it only in the learned format. Whatever does not fit (the
 * label is gone, the value has another form) reads nothing, so the generic reader's value stands.
 */
final class RuleReader {

	/** Values of more words than this are not read by position. */
	private static final int MAX_VALUE_WORDS = 4;

	/** How far a value may stand from its learned place (fractions of the page) to count as at that place. */
	private static final double PLACE_TOLERANCE = 0.03;

	private RuleReader() {
	}

	/** The field's typed value, or empty. */
	static Optional<Object> read(PrintedPage page, Rule rule) {
		return switch (rule.placement()) {
			case NOT_PRINTED -> Optional.empty();
			case RIGHT_OF_LABEL, BELOW_LABEL, AT_POSITION -> rule.field().kind == MemoryField.Kind.SUPPLIER_DATA
					? Optional.ofNullable(page.shows(rule.value()) ? rule.value() : null)
					: readPrinted(page, rule);
		};
	}

	private record Candidate(Object value, int page, double top, double left) {
	}

	private static Optional<Object> readPrinted(PrintedPage page, Rule rule) {
		List<Candidate> candidates = new ArrayList<>();
		switch (rule.placement()) {
			case RIGHT_OF_LABEL -> {
				for (Spot label : page.findLabel(labelWords(rule))) {
					PrintedLine line = page.line(label.line());
					valueFrom(line, label.last() + 1, rule).ifPresent(candidates::add);
				}
			}
			case BELOW_LABEL -> {
				for (Spot label : page.findLabel(labelWords(rule))) {
					PrintedLine line = page.line(label.line());
					PrintedLine under = page.below(label.line());
					double left = line.words().get(label.first()).left();
					double right = line.words().get(label.last()).right();
					if (under != null) {
						startUnder(under, left, right).flatMap(start -> valueFrom(under, start, rule))
							.ifPresent(candidates::add);
					}
				}
			}
			default -> {
				for (PrintedLine line : page.lines()) {
					if (line.page() == rule.page() && Math.abs(line.top() - rule.top()) <= PLACE_TOLERANCE) {
						for (int i = 0; i < line.words().size(); i++) {
							if (Math.abs(line.words().get(i).left() - rule.left()) <= PLACE_TOLERANCE) {
								valueFrom(line, i, rule).ifPresent(candidates::add);
							}
						}
					}
				}
			}
		}
		// a label printed twice: the place where it was learned decides
		return candidates.stream()
			.min(Comparator.comparingDouble(c -> (c.page() == rule.page() ? 0 : 1) + Math.abs(c.top() - rule.top())
					+ Math.abs(c.left() - rule.left())))
			.map(Candidate::value);
	}

	private static List<String> labelWords(Rule rule) {
		return Arrays.asList(rule.label().split(" "));
	}

	private static Optional<Integer> startUnder(PrintedLine under, double left, double right) {
		for (int i = 0; i < under.words().size(); i++) {
			PrintedLine.Word word = under.words().get(i);
			if (word.right() > left - PrintedPage.COLUMN_GAP && word.left() < right + PrintedPage.COLUMN_GAP) {
				return Optional.of(i);
			}
		}
		return Optional.empty();
	}

	/** The value starting at a word, in as few words as its format needs. */
	private static Optional<Candidate> valueFrom(PrintedLine line, int start, Rule rule) {
		List<PrintedLine.Word> words = line.words();
		if (start >= words.size()) {
			return Optional.empty();
		}
		int wanted = rule.field().kind == MemoryField.Kind.REFERENCE ? rule.format().split(" ").length : 0;
		StringBuilder text = new StringBuilder();
		for (int end = start; end < words.size() && end < start + MAX_VALUE_WORDS; end++) {
			if (end > start) {
				text.append(' ');
			}
			text.append(PrintedPage.cleanValueWord(words.get(end).text()));
			int count = end - start + 1;
			if (wanted > 0 && count != wanted) {
				continue;
			}
			Optional<Object> value = parse(text.toString(), rule);
			if (value.isPresent()) {
				PrintedLine.Word first = words.get(start);
				return Optional.of(new Candidate(value.get(), line.page(), line.top(), first.left()));
			}
		}
		return Optional.empty();
	}

	private static Optional<Object> parse(String text, Rule rule) {
		return switch (rule.field().kind) {
			case DATE -> ValueFormats.parseDate(text, rule.format()).map(Object.class::cast);
			case AMOUNT -> ValueFormats.AmountStyle.byExample(rule.format())
				.flatMap(style -> style.parse(text))
				.map(Object.class::cast);
			case REFERENCE -> ValueFormats.hasShape(text, rule.format()) ? Optional.of(text) : Optional.empty();
			default -> Optional.empty();
		};
	}
}
