package de.kmuflow.extraction;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import de.kmuflow.document.ContentTypes;
import de.kmuflow.extraction.internal.einvoice.EInvoiceReader;
import de.kmuflow.extraction.internal.einvoice.EInvoiceValidator;
import de.kmuflow.extraction.internal.fields.PrintedLines;
import de.kmuflow.extraction.internal.fields.ReceiptReader;
import de.kmuflow.extraction.internal.limits.DocumentTooLargeException;
import de.kmuflow.extraction.internal.limits.PdfLimits;
import de.kmuflow.extraction.internal.text.PageRecognizer;
import de.kmuflow.extraction.internal.text.PageText;
import de.kmuflow.extraction.internal.text.PdfTextReader;
import de.kmuflow.extraction.internal.text.TextFieldReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads any invoice document into an {@link ExtractedInvoice}: e-invoices field by field, text
 * PDFs from their text layer, scans and photos through OCR; both of the latter through the same
 * template-free field reader. Thread-safe; plain Java, so the command line can use it without
 * starting the application.
 */
public final class InvoiceExtractor implements AutoCloseable {

	/** Fewer words than this on average per page: the PDF is a scan, whatever text layer it has. */
	private static final int MIN_WORDS_PER_TEXT_PAGE = 8;

	private final ContentTypes detector = new ContentTypes();
	private final EInvoiceReader eInvoiceReader = new EInvoiceReader();
	private final EInvoiceValidator validator = new EInvoiceValidator();
	private final PdfTextReader pdfTextReader = new PdfTextReader();
	private final TextFieldReader fieldReader;
	private final PageRecognizer recognizer;
	private final boolean validateEInvoices;
	private final PdfLimits pdfLimits;
	private final Supplier<LearnedReading> learned;

	/** An extractor with kmu-flow's readers and nothing learned; close it to free the OCR engines. */
	public static InvoiceExtractor create(ExtractionSettings settings) {
		return create(settings, () -> LearnedReading.NONE);
	}

	/**
	 * An extractor that applies what was learned about an issuer after the generic reader; asked for
	 * each document, so that it may come to life after the extractor.
	 */
	public static InvoiceExtractor create(ExtractionSettings settings, Supplier<LearnedReading> learned) {
		return new InvoiceExtractor(ExtractionComponents.fieldReader(), ExtractionComponents.recognizer(settings),
				settings.validateEInvoices(),
				new PdfLimits(settings.maxPages(), settings.maxImagePixels(), settings.maxInflatedBytes()), learned);
	}

	InvoiceExtractor(TextFieldReader fieldReader, PageRecognizer recognizer, boolean validateEInvoices,
			PdfLimits pdfLimits) {
		this(fieldReader, recognizer, validateEInvoices, pdfLimits, () -> LearnedReading.NONE);
	}

	private InvoiceExtractor(TextFieldReader fieldReader, PageRecognizer recognizer, boolean validateEInvoices,
			PdfLimits pdfLimits, Supplier<LearnedReading> learned) {
		this.fieldReader = fieldReader;
		this.recognizer = recognizer;
		this.validateEInvoices = validateEInvoices;
		this.pdfLimits = pdfLimits;
		this.learned = learned;
	}

	/** Compiles the e-invoice rule sets now rather than for the first e-invoice (a few seconds of CPU). */
	public void prepare() {
		if (validateEInvoices) {
			validator.prepare();
		}
	}

	/** Reads a document of unknown type (detected from its content): the generic reader, then what was learned. */
	public ExtractedInvoice extract(byte[] content) throws UnreadableDocumentException {
		return learned.get().apply(read(content));
	}

	/**
	 * Reads a document whose type was detected from its content before (as the document store does
	 * when it stores it), so it is not detected twice: the generic reader, then what was learned.
	 */
	public ExtractedInvoice extract(byte[] content, String mediaType) throws UnreadableDocumentException {
		return learned.get().apply(read(content, mediaType));
	}

	/** The generic reading alone, with the printed lines it was made from. */
	public ReadDocument read(byte[] content) throws UnreadableDocumentException {
		return read(content, content == null || content.length == 0 ? null : detector.detect(content));
	}

	/** The generic reading alone of a document whose type is known. */
	public ReadDocument read(byte[] content, String mediaType) throws UnreadableDocumentException {
		if (content == null || content.length == 0) {
			throw new UnreadableDocumentException("Die Datei ist leer (the file is empty)");
		}
		if (ContentTypes.PDF.equals(mediaType)) {
			return readPdf(content);
		}
		if (ContentTypes.isImage(mediaType)) {
			return readScan(DocumentKind.IMAGE, recognizer.recogniseImage(content),
					() -> recognizer.recogniseImageAsColumn(content));
		}
		// what is left must be e-invoice XML, by its root element and without a DTD
		Optional<String> refusal = ContentTypes.refusal(mediaType, content);
		if (refusal.isEmpty()) {
			return new ReadDocument(readEInvoice(content, null), List.of());
		}
		throw new UnreadableDocumentException("Dateityp " + mediaType + " wird nicht gelesen: " + refusal.get()
				+ "; erwartet werden PDF, Bild (PNG, JPEG, TIFF) oder E-Rechnung (XML) (unsupported file type;"
				+ " expected PDF, image or e-invoice XML)");
	}

	private ReadDocument readPdf(byte[] content) throws UnreadableDocumentException {
		try {
			// before PDFBox opens it: PDFBox inflates whole streams into memory
			pdfLimits.checkInflatedSize(content);
		}
		catch (DocumentTooLargeException e) {
			throw new UnreadableDocumentException(e.getMessage(), e);
		}
		try (PDDocument document = Loader.loadPDF(content)) {
			pdfLimits.checkStructure(document);
			// only a PDF with attachments can carry an e-invoice: the others skip Mustang's second parse
			if (hasAttachments(document)) {
				byte[] embedded = EInvoiceReader.embeddedXml(content);
				if (embedded != null) {
					return new ReadDocument(readEInvoice(embedded, DocumentKind.ZUGFERD), List.of());
				}
			}
			List<PageText> pages = pdfTextReader.read(document);
			int words = pages.stream().mapToInt(page -> page.words().size()).sum();
			if (!pages.isEmpty() && words >= MIN_WORDS_PER_TEXT_PAGE * pages.size()) {
				return readText(DocumentKind.TEXT_PDF, pages);
			}
			return readScan(DocumentKind.SCANNED_PDF, recognizer.recognisePdfPages(document),
					() -> recognizer.recognisePdfPagesAsColumn(document));
		}
		catch (DocumentTooLargeException e) {
			throw new UnreadableDocumentException(e.getMessage(), e);
		}
		catch (InvalidPasswordException e) {
			throw new UnreadableDocumentException(
					"Die PDF-Datei ist mit einem Passwort geschützt (the PDF is password-protected)", e);
		}
		catch (IOException e) {
			throw new UnreadableDocumentException(
					"Die PDF-Datei ist beschädigt oder unvollständig (the PDF is damaged or incomplete): " + e.getMessage(), e);
		}
	}

	private static boolean hasAttachments(PDDocument document) {
		PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
		return names != null && names.getEmbeddedFiles() != null;
	}

	private ExtractedInvoice readEInvoice(byte[] xml, DocumentKind container) throws UnreadableDocumentException {
		if (container != null) {
			// XML out of a PDF has not passed intake's look at it
			Optional<String> refusal = ContentTypes.xmlRefusal(xml);
			if (refusal.isPresent()) {
				throw new UnreadableDocumentException("Die eingebettete E-Rechnung wird nicht gelesen: " + refusal.get());
			}
		}
		try {
			if (!validateEInvoices) {
				return eInvoiceReader.readXml(xml, container);
			}
			// the fields are read from the tree the validation parsed, where it has one
			EInvoiceValidator.Checked checked = validator.check(xml);
			ExtractedInvoice invoice = checked.document() != null ? eInvoiceReader.readXml(checked.document(), container)
					: eInvoiceReader.readXml(xml, container);
			ExtractedInvoice.Builder withFindings = invoice.toBuilder();
			checked.findings().forEach(withFindings::finding);
			return withFindings.build();
		}
		catch (IOException e) {
			throw new UnreadableDocumentException(e.getMessage(), e);
		}
	}

	/** What the second reading of a scan needs: the pages read again as one column. */
	@FunctionalInterface
	private interface ColumnReading {
		List<PageText> pages() throws UnreadableDocumentException;
	}

	/**
	 * A scan or photo. One that reads as a narrow column of text may be a till receipt whose short
	 * lines the automatic layout analysis broke up: unless its first reading already gave a
	 * receipt's four values, it is read once more as one column, and the reading that gives more of
	 * them is kept. A page of normal width is never read twice.
	 */
	private ReadDocument readScan(DocumentKind kind, List<PageText> pages, ColumnReading asColumn)
			throws UnreadableDocumentException {
		if (!ReceiptReader.isNarrow(pages)) {
			return readText(kind, pages);
		}
		Optional<ReceiptReader.Receipt> first = ReceiptReader.read(pages);
		if (first.isPresent() && first.get().complete()) {
			return readText(kind, pages);
		}
		List<PageText> column = asColumn.pages();
		Optional<ReceiptReader.Receipt> second = ReceiptReader.read(column);
		int found = first.map(ReceiptReader.Receipt::coreFound).orElse(-1);
		boolean better = second.isPresent() && second.get().coreFound() > found;
		return readText(kind, better ? column : pages);
	}

	private ReadDocument readText(DocumentKind kind, List<PageText> pages) throws UnreadableDocumentException {
		ExtractedInvoice.Builder invoice = ExtractedInvoice.builder(kind);
		fieldReader.read(pages, invoice);
		ReceiptReader.readInto(pages, invoice);
		ExtractedInvoice read = invoice.build();
		// a document without a single invoice value (a letter, a brochure) is no invoice to read
		if (read.presentFields().stream().allMatch("currency"::equals)) {
			throw new UnreadableDocumentException("Keine Rechnungsangaben gefunden: weder Lieferant, Nummer, Datum noch"
					+ " Beträge (no invoice data found)");
		}
		return new ReadDocument(read, PrintedLines.of(pages));
	}

	@Override
	public void close() {
		recognizer.close();
	}
}
