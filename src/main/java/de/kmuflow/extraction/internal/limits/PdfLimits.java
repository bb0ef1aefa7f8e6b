package de.kmuflow.extraction.internal.limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.zip.InflaterInputStream;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What a PDF may cost before it is read: pages, pixels of each embedded image, and the bytes its
 * compressed streams inflate to. PDFBox inflates a stream whole into memory when it first needs it,
 * so a few kilobytes that inflate to gigabytes (a decompression bomb) are counted here first, in a
 * small buffer, straight from the file's bytes: before PDFBox or Mustang open the file.
 */
public record PdfLimits(int maxPages, long maxPixels, long maxInflatedBytes) {

	/** Filters nested deeper than this are not followed; real PDFs use one. */
	private static final int MAX_NESTED_FLATE = 3;
	private static final byte[] STREAM = "stream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	/**
	 * PDFBox holds one stream at a time inflated and renders pages one by one, so the limit applies
	 * to each stream; the whole file may inflate to this many times the limit (a 720 dpi scan of five
	 * pages inflates to 750 MB in five images of 150 MB).
	 */
	static final int STREAMS_TOGETHER = 4;

	/**
	 * An image inside a PDF is never decoded at full size: pages are rendered at 300 dpi with
	 * subsampling, and its data is bounded by the inflated limit. It may therefore declare more
	 * pixels than an image file (an A4 page at 720 dpi has 50.1 million).
	 */
	static final long EMBEDDED_IMAGE_FACTOR = 2;

	/**
	 * Every Flate stream of the file inflated and counted; refused once one stream passes the limit,
	 * or all together pass {@link #STREAMS_TOGETHER} times the limit.
	 */
	public void checkInflatedSize(byte[] pdf) throws DocumentTooLargeException {
		long total = 0;
		long totalLimit = maxInflatedBytes * STREAMS_TOGETHER;
		byte[] buffer = new byte[64 * 1024];
		for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + STREAM.length)) {
			int data = dataStart(pdf, at);
			if (data >= 0 && isZlibHeader(pdf, data)) {
				long stream = inflatedSize(pdf, data, buffer, Math.min(maxInflatedBytes, totalLimit - total));
				total += stream;
				if (stream > maxInflatedBytes || total > totalLimit) {
					throw new DocumentTooLargeException(String.format(Locale.GERMANY,
							"Die PDF-Datei ergibt entpackt mehr als %,d MB (mögliche Dekompressionsbombe) und wird"
									+ " nicht gelesen (the PDF inflates beyond the limit)",
							(stream > maxInflatedBytes ? maxInflatedBytes : totalLimit) / (1024 * 1024)));
				}
			}
		}
	}

	/** What one stream inflates to, counted no further than just past {@code budget}. */
	private static long inflatedSize(byte[] pdf, int data, byte[] buffer, long budget) {
		long size = 0;
		try (InputStream inflated = inflated(new ByteArrayInputStream(pdf, data, pdf.length - data), 1)) {
			for (int read = inflated.read(buffer); read > 0 && size <= budget; read = inflated.read(buffer)) {
				size += read;
			}
		}
		catch (IOException brokenOrNotFlate) {
			// PDFBox will find it broken as well, or read it some other way: what inflated is counted
		}
		return size;
	}

	/** After opening, before reading: the number of pages and the declared size of every image. */
	public void checkStructure(PDDocument document) throws DocumentTooLargeException {
		int pages = document.getNumberOfPages();
		if (pages > maxPages) {
			throw new DocumentTooLargeException(String.format(Locale.GERMANY,
					"Die PDF-Datei hat %,d Seiten, gelesen werden höchstens %,d (too many pages)", pages, maxPages));
		}
		COSDocument objects = document.getDocument();
		for (COSObjectKey key : objects.getXrefTable().keySet()) {
			COSBase object = objects.getObjectFromPool(key).getObject();
			if (object instanceof COSStream stream && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
				long width = Math.max(0, stream.getInt(COSName.WIDTH, stream.getInt(COSName.W, 0)));
				long height = Math.max(0, stream.getInt(COSName.HEIGHT, stream.getInt(COSName.H, 0)));
				if (width * height > maxPixels * EMBEDDED_IMAGE_FACTOR) {
					throw new DocumentTooLargeException(PixelLimit.message("Ein Bild in der PDF-Datei", width,
							height, maxPixels * EMBEDDED_IMAGE_FACTOR));
				}
			}
		}
	}

	private static InputStream inflated(InputStream compressed, int depth) throws IOException {
		PushbackInputStream inflated = new PushbackInputStream(new InflaterInputStream(compressed), 2);
		byte[] head = inflated.readNBytes(2);
		inflated.unread(head);
		// Flate applied twice inflates twice: follow it, as PDFBox would
		return depth < MAX_NESTED_FLATE && isZlibHeader(head, 0) ? inflated(inflated, depth + 1) : inflated;
	}

	/** Where a stream's data begins: after the keyword and its end of line; -1 for "endstream". */
	private static int dataStart(byte[] pdf, int keyword) {
		if (keyword >= 3 && pdf[keyword - 3] == 'e' && pdf[keyword - 2] == 'n' && pdf[keyword - 1] == 'd') {
			return -1;
		}
		int at = keyword + STREAM.length;
		if (at < pdf.length && pdf[at] == '\r') {
			at++;
		}
		if (at < pdf.length && pdf[at] == '\n') {
			at++;
		}
		return at < pdf.length - 2 ? at : -1;
	}

	/** RFC 1950: deflate method, and the two header bytes a multiple of 31. */
	private static boolean isZlibHeader(byte[] bytes, int at) {
		if (bytes.length < at + 2) {
			return false;
		}
		int cmf = bytes[at] & 0xFF;
		int flg = bytes[at + 1] & 0xFF;
		return (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;
	}

	private static int indexOf(byte[] bytes, byte[] pattern, int from) {
		outer: for (int i = from; i <= bytes.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (bytes[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
