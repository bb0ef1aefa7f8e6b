package de.kmuflow.extraction.internal.text;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text layer of a PDF as words with positions (PDF points, top-left origin), page by
 * page in reading order, so that labels and values can be linked by geometry.
 */
public final class PdfTextReader {

	/** Pages of an already opened document; words of a page without a text layer are empty. */
	public List<PageText> read(PDDocument document) throws IOException {
		List<PageText> pages = new ArrayList<>();
		for (int number = 1; number <= document.getNumberOfPages(); number++) {
			PDPage page = document.getPage(number - 1);
			WordCollector collector = new WordCollector();
			collector.setSortByPosition(true);
			collector.setStartPage(number);
			collector.setEndPage(number);
			collector.writeText(document, new StringWriter());
			pages.add(new PageText(number, page.getCropBox().getWidth(), page.getCropBox().getHeight(),
					collector.words));
		}
		return pages;
	}

	private static final class WordCollector extends PDFTextStripper {

		private final List<Word> words = new ArrayList<>();

		WordCollector() {
			super();
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) {
			// PDFBox hands over one word per call; split further on spaces it kept inside
			int start = 0;
			for (int i = 0; i <= positions.size(); i++) {
				boolean end = i == positions.size() || isSpace(positions.get(i).getUnicode());
				if (end) {
					if (i > start) {
						words.add(toWord(positions.subList(start, i)));
					}
					start = i + 1;
				}
			}
		}

		/** Blank, including the no-break and other Unicode spaces some producers print between words. */
		private static boolean isSpace(String unicode) {
			return unicode.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
		}

		private static Word toWord(List<TextPosition> letters) {
			StringBuilder text = new StringBuilder();
			double left = Double.MAX_VALUE;
			double right = 0;
			double top = Double.MAX_VALUE;
			double bottom = 0;
			for (TextPosition letter : letters) {
				text.append(letter.getUnicode());
				double height = Math.max(letter.getHeightDir(), letter.getFontSizeInPt() * 0.7);
				left = Math.min(left, letter.getXDirAdj());
				right = Math.max(right, letter.getXDirAdj() + letter.getWidthDirAdj());
				top = Math.min(top, letter.getYDirAdj() - height);
				bottom = Math.max(bottom, letter.getYDirAdj());
			}
			return new Word(text.toString(), left, top, right - left, bottom - top, 1.0);
		}
	}
}
