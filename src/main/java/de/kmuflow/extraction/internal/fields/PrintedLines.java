package de.kmuflow.extraction.internal.fields;

import java.util.List;

import de.kmuflow.extraction.PrintedLine;
import de.kmuflow.extraction.internal.text.PageText;
import de.kmuflow.extraction.internal.text.Word;

/** The lines the field reader sees, in the form the extraction API hands out. */
public final class PrintedLines {

	private PrintedLines() {
	}

	public static List<PrintedLine> of(List<PageText> pages) {
		return new LineGrouper().group(pages).stream().map(PrintedLines::printed).toList();
	}

	private static PrintedLine printed(Line line) {
		double width = line.pageWidth() <= 0 ? 1 : line.pageWidth();
		double height = line.pageHeight() <= 0 ? 1 : line.pageHeight();
		List<PrintedLine.Word> words = line.words()
			.stream()
			.map((Word word) -> new PrintedLine.Word(word.text(), word.x() / width, word.right() / width))
			.toList();
		return new PrintedLine(line.page(), line.top() / height, words);
	}
}
