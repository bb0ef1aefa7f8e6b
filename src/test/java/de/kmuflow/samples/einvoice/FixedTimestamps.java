package de.kmuflow.samples.einvoice;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mustang stamps the export time into the document information and the XMP metadata. To keep the
 * samples the same on every run, those stamps are overwritten with noon of the issue date. Only
 * digits change, so every byte offset in the PDF stays valid.
 */
final class FixedTimestamps {

	/** D:20261125134220 in the information dictionary. */
	private static final Pattern PDF_DATE = Pattern.compile("D:(\\d{14})");
	/** 2026-11-25T13:42:20 in the XMP packet, which PDF/A keeps uncompressed. */
	private static final Pattern XMP_DATE = Pattern.compile("(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)");

	private FixedTimestamps() {
	}

	static byte[] apply(byte[] pdf, LocalDate date) {
		// ISO-8859-1 maps every byte to one char and back, so binary streams pass through unchanged
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		text = replace(text, PDF_DATE, "D:" + date.toString().replace("-", "") + "120000");
		text = replace(text, XMP_DATE, date + "T12:00:00");
		byte[] fixed = text.getBytes(StandardCharsets.ISO_8859_1);
		if (fixed.length != pdf.length) {
			throw new IllegalStateException("timestamp replacement changed the PDF length");
		}
		return fixed;
	}

	private static String replace(String text, Pattern pattern, String replacement) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
