package de.kmuflow.samples.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/** The regular and bold face a layout writes with. */
public record FontSet(PDFont regular, PDFont bold) {

	/** Liberation Sans ships with Debian (fonts-liberation); PDFBox substitutes it for Helvetica too. */
	private static final Path EMBEDDED_REGULAR = Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf");
	private static final Path EMBEDDED_BOLD = Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf");

	public static FontSet helvetica() {
		return new FontSet(new PDType1Font(FontName.HELVETICA), new PDType1Font(FontName.HELVETICA_BOLD));
	}

	public static FontSet times() {
		return new FontSet(new PDType1Font(FontName.TIMES_ROMAN), new PDType1Font(FontName.TIMES_BOLD));
	}

	public static FontSet courier() {
		return new FontSet(new PDType1Font(FontName.COURIER), new PDType1Font(FontName.COURIER_BOLD));
	}

	/**
	 * An embedded TrueType subset, as most invoicing software writes: text extraction then goes through
	 * the font's ToUnicode map instead of the standard encoding.
	 */
	public static FontSet embedded(PDDocument document) throws IOException {
		if (!Files.isReadable(EMBEDDED_REGULAR) || !Files.isReadable(EMBEDDED_BOLD)) {
			throw new IOException("Liberation fonts missing: apt-get install fonts-liberation");
		}
		return new FontSet(PDType0Font.load(document, EMBEDDED_REGULAR.toFile()),
				PDType0Font.load(document, EMBEDDED_BOLD.toFile()));
	}
}
