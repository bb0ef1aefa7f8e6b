package de.kmuflow.extraction;

import java.util.List;

import de.kmuflow.extraction.internal.fields.InvoiceFieldExtractor;
import de.kmuflow.extraction.internal.text.PageRecognizer;
import de.kmuflow.extraction.internal.text.PageText;
import de.kmuflow.extraction.internal.text.TextFieldReader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Wires the internal readers behind {@link InvoiceExtractor}. */
final class ExtractionComponents {

	private ExtractionComponents() {
	}

	static TextFieldReader fieldReader() {
		InvoiceFieldExtractor extractor = new InvoiceFieldExtractor();
		return extractor::extract;
	}

	static PageRecognizer recognizer(ExtractionSettings settings) {
		return new PageRecognizer() {

			@Override
			public List<PageText> recognisePdfPages(PDDocument document) throws UnreadableDocumentException {
				throw new UnreadableDocumentException("Texterkennung (OCR) ist nicht verfügbar (OCR not available)");
			}

			@Override
			public List<PageText> recogniseImage(byte[] image) throws UnreadableDocumentException {
				throw new UnreadableDocumentException("Texterkennung (OCR) ist nicht verfügbar (OCR not available)");
			}

			@Override
			public void close() {
			}
		};
	}
}
