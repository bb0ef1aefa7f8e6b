package de.kmuflow.extraction.internal.ocr;

import java.io.IOException;
import java.util.Iterator;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The pages of an image file (PNG, JPEG, TIFF with any number of pages), decoded one at a time and
 * only after their size, read from the header, has been checked against the pixel limit.
 */
final class ImagePages implements AutoCloseable {

	/** Paper documents are at most A3; a declared resolution that makes the page larger is wrong. */
	private static final double MAX_PAGE_INCHES = 16.6;
	/** Long side of A4, to estimate the resolution of images that do not declare a usable one. */
	private static final double A4_LONG_SIDE_INCHES = 11.69;
	private static final Set<String> TIFF_FORMATS = Set.of("javax_imageio_tiff_image_1.0",
			"com_sun_media_imageio_plugins_tiff_image_1.0");
	private static final String STRIP_BYTE_COUNTS = "279";
	private static final String TILE_BYTE_COUNTS = "325";

	private final ImageInputStream input;
	private final ImageReader reader;
	private final long maxPixels;

	private ImagePages(ImageInputStream input, ImageReader reader, long maxPixels) {
		this.input = input;
		this.reader = reader;
		this.maxPixels = maxPixels;
	}

	static ImagePages open(ImageInputStream input, long maxPixels) throws IOException {
		if (input == null) {
			throw new IOException("Image cannot be read");
		}
		Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
		if (!readers.hasNext()) {
			input.close();
			throw new IOException("Not an image format that can be read (PNG, JPEG, TIFF)");
		}
		ImageReader reader = readers.next();
		// not seek-forward-only: the pages of a TIFF are visited by index
		reader.setInput(input, false, false);
		return new ImagePages(input, reader, maxPixels);
	}

	int count() throws IOException {
		return reader.getNumImages(true);
	}

	/** Decodes the page at index (0-based) once its header says it is within the pixel limit. */
	ScannedPage page(int index) throws IOException {
		long width = reader.getWidth(index);
		long height = reader.getHeight(index);
		if (width * height > maxPixels) {
			throw new ImageTooLargeException(width, height, maxPixels);
		}
		int dpi = resolution(reader.getImageMetadata(index), width, height);
		return new ScannedPage(index + 1, reader.read(index), dpi);
	}

	/**
	 * The page's size as stored (its strips' or tiles' bytes in a TIFF), without decoding it: a
	 * compressed scan is the larger the more ink, and so the more text, it holds. 0 when the format
	 * does not say (one-page formats need no estimate) or the page's header cannot be read (decoding
	 * it will tell why).
	 */
	long storedBytes(int index) {
		IIOMetadata metadata;
		try {
			metadata = reader.getImageMetadata(index);
		}
		catch (IOException | RuntimeException e) {
			return 0;
		}
		// the JDK's TIFF reader or jai-imageio's (Tess4J brings it), whichever ImageIO found first: the same tree
		String format = metadata == null ? null : metadata.getNativeMetadataFormatName();
		if (format == null || !TIFF_FORMATS.contains(format)) {
			return 0;
		}
		long bytes = 0;
		Node root = metadata.getAsTree(format);
		for (Node ifd = root.getFirstChild(); ifd != null; ifd = ifd.getNextSibling()) {
			for (Node field = ifd.getFirstChild(); field != null; field = field.getNextSibling()) {
				String number = field instanceof Element element ? element.getAttribute("number") : "";
				if (STRIP_BYTE_COUNTS.equals(number) || TILE_BYTE_COUNTS.equals(number)) {
					bytes += sumOfValues(field);
				}
			}
		}
		return bytes;
	}

	/** The numbers of a TIFF field: its child (TIFFLongs, TIFFShorts) holds one element with a value per number. */
	private static long sumOfValues(Node field) {
		long sum = 0;
		for (Node values = field.getFirstChild(); values != null; values = values.getNextSibling()) {
			for (Node value = values.getFirstChild(); value != null; value = value.getNextSibling()) {
				try {
					sum += Long.parseLong(((Element) value).getAttribute("value"));
				}
				catch (NumberFormatException | ClassCastException e) {
					// not a count: ignored, the estimate only orders pages
				}
			}
		}
		return sum;
	}

	/** The declared resolution when it makes sense for paper, else an estimate as if the page were A4. */
	static int resolution(IIOMetadata metadata, long width, long height) {
		double declared = declaredDpi(metadata);
		long longSide = Math.max(width, height);
		if (declared >= 50 && longSide / declared <= MAX_PAGE_INCHES) {
			return (int) Math.round(declared);
		}
		return (int) Math.max(1, Math.round(longSide / A4_LONG_SIDE_INCHES));
	}

	private static double declaredDpi(IIOMetadata metadata) {
		if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
			return 0;
		}
		Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
		for (Node dimension = root.getFirstChild(); dimension != null; dimension = dimension.getNextSibling()) {
			if (!"Dimension".equals(dimension.getNodeName())) {
				continue;
			}
			for (Node child = dimension.getFirstChild(); child != null; child = child.getNextSibling()) {
				if ("HorizontalPixelSize".equals(child.getNodeName())) {
					try {
						double millimetresPerPixel = Double.parseDouble(((Element) child).getAttribute("value"));
						return millimetresPerPixel > 0 ? 25.4 / millimetresPerPixel : 0;
					}
					catch (NumberFormatException e) {
						return 0;
					}
				}
			}
		}
		return 0;
	}

	@Override
	public void close() throws IOException {
		reader.dispose();
		input.close();
	}
}
