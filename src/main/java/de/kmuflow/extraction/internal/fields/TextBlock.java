package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells stacked in one column with ordinary line spacing, aligned left or right: an address, a
 * letterhead, a footer column. Built from the cells of a page's lines, top to bottom.
 */
record TextBlock(List<TextBlock.Cell> cells) {

	/** The words {@code first..last} of a line that form one cell (no column gap inside). */
	record Cell(Line line, int first, int last) {

		String text() {
			return line.text(first, last);
		}

		double x() {
			return line.word(first).x();
		}

		double right() {
			return line.word(last).right();
		}

		double top() {
			double top = Double.MAX_VALUE;
			for (int i = first; i <= last; i++) {
				top = Math.min(top, line.word(i).y());
			}
			return top;
		}

		double bottom() {
			double bottom = 0;
			for (int i = first; i <= last; i++) {
				bottom = Math.max(bottom, line.word(i).bottom());
			}
			return bottom;
		}

		double height() {
			double height = 0;
			for (int i = first; i <= last; i++) {
				height = Math.max(height, line.word(i).height());
			}
			return height;
		}
	}

	Cell first() {
		return cells.get(0);
	}

	double x() {
		return cells.stream().mapToDouble(Cell::x).min().orElse(0);
	}

	double top() {
		return first().top();
	}

	double bottom() {
		return cells.get(cells.size() - 1).bottom();
	}

	static List<TextBlock> of(List<Line> lines) {
		List<List<Cell>> blocks = new ArrayList<>();
		for (Line line : lines) {
			for (int[] range : line.cells()) {
				Cell cell = new Cell(line, range[0], range[1]);
				List<Cell> best = null;
				double bestGap = Double.MAX_VALUE;
				for (List<Cell> block : blocks) {
					Cell last = block.get(block.size() - 1);
					double height = Math.max(last.height(), cell.height());
					double gap = cell.top() - last.bottom();
					boolean aligned = Math.abs(cell.x() - last.x()) <= height
							|| Math.abs(cell.right() - last.right()) <= height;
					// a blank line between paragraphs is about twice a word's height; line spacing is less
					if (last.line() != line && gap > -0.3 * height && gap <= 1.3 * height && aligned && gap < bestGap) {
						best = block;
						bestGap = gap;
					}
				}
				if (best == null) {
					best = new ArrayList<>();
					blocks.add(best);
				}
				best.add(cell);
			}
		}
		return blocks.stream().map(TextBlock::new).toList();
	}
}
