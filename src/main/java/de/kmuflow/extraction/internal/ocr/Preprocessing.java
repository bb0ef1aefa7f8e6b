package de.kmuflow.extraction.internal.ocr;

/**
 * Which pre-processing steps run before recognition. Pages are always converted to 8-bit grey,
 * since that is the form the engine is fed.
 *
 * @param upscale scale pages below 200 dpi up to 300 dpi
 * @param orientation detect pages that are upside down or sideways and turn them
 * @param deskew straighten pages tilted by up to 3 degrees
 */
public record Preprocessing(boolean upscale, boolean orientation, boolean deskew) {

	public static final Preprocessing ALL = new Preprocessing(true, true, true);
	public static final Preprocessing NONE = new Preprocessing(false, false, false);
}
