package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Links a label to the values it announces, by geometry alone: to its right on the same line up
 * to the next label, or below it in its column (a header above a value) up to the next label in
 * that column. A value below belongs to the label on the header line nearest to it, so a row of
 * headers ("Rechnungsnr.  Datum  Kundennr.") hands each value under it to the right header.
 */
final class ValueLocator {

	private static final int LINES_BELOW = 3;

	private final InvoiceText text;

	ValueLocator(InvoiceText text) {
		this.text = text;
	}

	<T> List<Located<T>> locate(LabelHit label, Function<Line, List<Found<T>>> finder) {
		List<Located<T>> located = new ArrayList<>(sameLine(label, finder));
		double belowWeight = hasTextAfter(label) ? 0.55 : 1.0;
		for (Located<T> below : below(label, finder)) {
			located.add(new Located<>(below.found(), label, below.geometry() * belowWeight, true));
		}
		return located;
	}

	/** Values right of the label, before the next label on the line. */
	<T> List<Located<T>> sameLine(LabelHit label, Function<Line, List<Found<T>>> finder) {
		Line line = label.line();
		int limit = nextLabelStart(label);
		List<Located<T>> located = new ArrayList<>();
		double weight = 1.0;
		for (Found<T> found : finder.apply(line)) {
			if (found.firstWord() <= label.lastWord() || found.lastWord() >= limit) {
				continue;
			}
			double geometry = weight;
			int cellsBetween = line.cellOf(found.firstWord()) - line.cellOf(label.lastWord());
			if (cellsBetween > 1) {
				geometry *= 0.8;
			}
			if ((found.x() - label.right()) / Math.max(1, line.pageWidth()) > 0.45) {
				geometry *= 0.8;
			}
			located.add(new Located<>(found, label, geometry, false));
			weight *= 0.7;
		}
		return located;
	}

	/** Values in the label's column on the next few lines. */
	<T> List<Located<T>> below(LabelHit label, Function<Line, List<Found<T>>> finder) {
		List<Located<T>> located = new ArrayList<>();
		Line line = label.line();
		double tolerance = 2 * line.height();
		double previousBottom = line.bottom();
		int linesInColumn = 0;
		for (int offset = 1; linesInColumn < LINES_BELOW; offset++) {
			Line next = text.neighbour(line, offset);
			if (next == null || next.top() - previousBottom > 2.5 * Math.max(line.height(), next.height())) {
				break;
			}
			if (!hasWordsUnder(label, next, tolerance)) {
				continue;
			}
			linesInColumn++;
			previousBottom = next.bottom();
			for (Found<T> found : finder.apply(next)) {
				if (isUnder(label, found, tolerance) && ownsColumn(label, found)) {
					located.add(new Located<>(found, label, linesInColumn == 1 ? 0.85 : linesInColumn == 2 ? 0.6 : 0.4, true));
				}
			}
			if (anotherLabelUnder(label, next, tolerance)) {
				break;
			}
		}
		return located;
	}

	/**
	 * Where the next label begins. A currency or a document title inside a label's text ("Total VAT
	 * in accounting currency", "Total invoice amount") qualifies it and does not take its value, nor
	 * does a tax label qualifying a total ("Nettobetrag (zzgl. 19 % MwSt.)").
	 */
	private int nextLabelStart(LabelHit label) {
		return text.labels(label.line())
			.stream()
			.filter(h -> h.firstWord() > label.lastWord())
			.filter(h -> !text.qualifiesTotalBefore(h))
			.filter(h -> h.kind() != LabelKind.CURRENCY && h.kind() != LabelKind.DOCUMENT_TITLE
					|| label.kind() == LabelKind.CURRENCY || label.kind() == LabelKind.DOCUMENT_TITLE)
			.mapToInt(LabelHit::firstWord)
			.min()
			.orElse(label.line().size());
	}

	private boolean hasTextAfter(LabelHit label) {
		int limit = nextLabelStart(label);
		for (int i = label.lastWord() + 1; i < limit; i++) {
			if (TextFolding.fold(label.line().word(i).text()).length() > 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean isUnder(LabelHit label, Found<?> found, double tolerance) {
		boolean overlaps = found.x() < label.right() + tolerance && found.right() > label.x() - tolerance;
		boolean leftAligned = Math.abs(found.x() - label.x()) < tolerance;
		boolean rightAligned = Math.abs(found.right() - label.right()) < tolerance;
		return overlaps || leftAligned || rightAligned;
	}

	private static boolean hasWordsUnder(LabelHit label, Line line, double tolerance) {
		return line.words().stream().anyMatch(w -> w.x() < label.right() + tolerance && w.right() > label.x() - tolerance);
	}

	/** Of the labels on the header line, this one is the nearest to the value. */
	private boolean ownsColumn(LabelHit label, Found<?> found) {
		double own = distance(label, found);
		for (LabelHit other : text.labels(label.line())) {
			if (other != label && distance(other, found) < own) {
				return false;
			}
		}
		return true;
	}

	private static double distance(LabelHit label, Found<?> found) {
		double gap = label.horizontalDistance(found.x(), found.right());
		return gap * 10 + Math.abs(label.centerX() - found.centerX()) * 0.01
				+ Math.min(Math.abs(label.x() - found.x()), Math.abs(label.right() - found.right()));
	}

	private boolean anotherLabelUnder(LabelHit label, Line line, double tolerance) {
		return text.labels(line)
			.stream()
			.anyMatch(h -> h.strength() >= 0.3 && h.x() < label.right() + tolerance && h.right() > label.x() - tolerance);
	}
}
