package de.kmuflow.extraction.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;

import org.apache.tika.Tika;

/** The media type of a document from its bytes (magic numbers), never from its name. */
public final class ContentTypeDetector {

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

	public static boolean isImage(String mediaType) {
		return IMAGES.contains(mediaType);
	}

	/** Tika names XML by its root element where it knows it; anything ending in +xml or xml counts. */
	public static boolean isXml(String mediaType) {
		return XML.contains(mediaType) || mediaType.endsWith("+xml");
	}
}
