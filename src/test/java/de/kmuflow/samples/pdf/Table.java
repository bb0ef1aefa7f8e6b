package de.kmuflow.samples.pdf;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import de.kmuflow.samples.model.Line;

/**
 * The positions table of an invoice. It breaks onto new pages when the rows do not fit and tells the
 * layout the running sum at each break, because German invoices carry it over ("Übertrag").
 */
public final class Table {

	/** What a cell shows for a position (1-based) and its line. */
	@FunctionalInterface
	public interface Cell {
		String of(int position, Line line);
	}

	/** A column from x to x + width; only wrapping columns may take several text lines. */
	public record Column(String header, double x, double width, Align align, boolean wraps, Cell cell) {

		public static Column of(String header, double x, double width, Align align, Cell cell) {
			return new Column(header, x, width, align, false, cell);
		}

		public static Column wrapping(String header, double x, double width, Cell cell) {
			return new Column(header, x, width, Align.LEFT, true, cell);
		}

		double anchor() {
			return switch (align) {
				case LEFT -> x;
				case CENTER -> x + width / 2;
				case RIGHT -> x + width;
			};
		}
	}

	/** Ends a full page and starts the next; returns the y where the table header goes on it. */
	@FunctionalInterface
	public interface PageBreak {
		double next(PdfPainter painter, BigDecimal carried) throws IOException;
	}

	private final List<Column> columns;
	private final FontSet fonts;
	private final float size;
	private final double leading;
	private Color headerFill;
	private boolean headerRule = true;
	private boolean rowRules;
	private Color zebra;

	public Table(List<Column> columns, FontSet fonts, float size, double leading) {
		this.columns = List.copyOf(columns);
		this.fonts = fonts;
		this.size = size;
		this.leading = leading;
	}

	public Table headerFill(Color color) {
		this.headerFill = color;
		return this;
	}

	public Table headerRule(boolean rule) {
		this.headerRule = rule;
		return this;
	}

	public Table rowRules(boolean rules) {
		this.rowRules = rules;
		return this;
	}

	public Table zebra(Color color) {
		this.zebra = color;
		return this;
	}

	/** Draws header and rows from y (top edge); returns the y below the last row. */
	public double draw(PdfPainter painter, List<Line> lines, double y, double bottom, PageBreak pageBreak)
			throws IOException {
		y = header(painter, y);
		BigDecimal carried = BigDecimal.ZERO.setScale(2);
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			List<List<String>> cells = new ArrayList<>();
			int height = 1;
			for (Column column : columns) {
				String value = column.cell().of(i + 1, line);
				List<String> parts = value == null ? List.of("")
						: column.wraps() ? painter.wrap(fonts.regular(), size, value, column.width()) : List.of(value);
				cells.add(parts);
				height = Math.max(height, parts.size());
			}
			double rowHeight = height * leading + leading * 0.35;
			if (y + rowHeight > bottom) {
				y = header(painter, pageBreak.next(painter, carried));
			}
			if (zebra != null && i % 2 == 1) {
				painter.fillRect(left(), y, right() - left(), rowHeight, zebra);
			}
			for (int c = 0; c < columns.size(); c++) {
				Column column = columns.get(c);
				List<String> parts = cells.get(c);
				for (int k = 0; k < parts.size(); k++) {
					painter.text(fonts.regular(), size, column.anchor(), y + leading * (k + 0.9), parts.get(k),
							column.align());
				}
			}
			y += rowHeight;
			if (rowRules) {
				painter.line(left(), y - leading * 0.1, right(), y - leading * 0.1, 0.3f);
			}
			carried = carried.add(line.amount());
		}
		return y;
	}

	private double header(PdfPainter painter, double y) throws IOException {
		double height = leading * 1.5;
		if (headerFill != null) {
			painter.fillRect(left() - 1, y, right() - left() + 2, height, headerFill);
		}
		for (Column column : columns) {
			painter.text(fonts.bold(), size, column.anchor(), y + leading, column.header(), column.align());
		}
		if (headerRule) {
			painter.line(left(), y + height, right(), y + height, 0.6f);
		}
		return y + height + leading * 0.3;
	}

	private double left() {
		return columns.stream().mapToDouble(Column::x).min().orElse(0);
	}

	private double right() {
		return columns.stream().mapToDouble(c -> c.x() + c.width()).max().orElse(0);
	}
}
