package de.kmuflow.extraction.internal.fields;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds printed text into a form labels can be matched on: lower case, umlauts spelled out,
 * accents dropped, punctuation turned into spaces. "Rechnungs-Nr.:" becomes "rechnungs nr".
 */
final class TextFolding {

	private TextFolding() {
	}

	static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss")
			.replace("#", " nr ")
			.replace("%", " % ")
			.replace("°", " ");
		String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		StringBuilder folded = new StringBuilder(plain.length());
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			boolean keep = Character.isLetterOrDigit(c) || c == '%';
			folded.append(keep ? c : ' ');
		}
		return folded.toString().trim().replaceAll(" +", " ");
	}

	/** Two spellings of a name are the same when they fold to the same text. */
	static String key(String text) {
		return fold(text).replace(" ", "");
	}

	/** Upper case letter by letter, so that positions stay valid ("ß" stays one character). */
	static String upper(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = Character.toUpperCase(chars[i]);
		}
		return new String(chars);
	}
}
