package de.kmuflow.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;

import org.apache.tika.Tika;

/** The media type of a document from its bytes (magic numbers), never from its name; Tika knows the signatures. */
public final class ContentTypes {

	public static final String PDF = "application/pdf";
	private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/tiff");
	private static final Set<String> XML = Set.of("application/xml", "text/xml");

	private final Tika tika = new Tika();

	public String detect(byte[] content) {
		try {
			return tika.detect(new ByteArrayInputStream(content));
		}
		catch (IOException e) {
			return "application/octet-stream";
		}
	}

	/** What an invoice can be: PDF, a scan or photo, or e-invoice XML. */
	public static boolean isInvoiceType(String mediaType, byte[] content) {
		return PDF.equals(mediaType) || isImage(mediaType) || isXml(mediaType) || looksLikeXml(content);
	}

	/** XML without a declaration is detected as plain text; its first character gives it away. */
	public static boolean looksLikeXml(byte[] content) {
		for (byte b : content) {
			if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
				return b == '<';
			}
		}
		return false;
	}

	public static boolean isImage(String mediaType) {
		return IMAGES.contains(mediaType);
	}

	/** Tika names XML by its root element where it knows it; anything ending in +xml or xml counts. */
	public static boolean isXml(String mediaType) {
		return XML.contains(mediaType) || mediaType.endsWith("+xml");
	}
}
