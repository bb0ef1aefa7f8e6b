package de.kmuflow.extraction.internal.fields;

/**
 * Undoes the usual OCR confusions in words that are mostly digits: O for 0, l or I for 1, S for 5,
 * B for 8. Words made of letters stay as they are, so "EUR" or "Stk." are never touched. The
 * result has the same length as the input, so positions stay valid.
 */
final class OcrDigits {

	private OcrDigits() {
	}

	static String repairWord(String word) {
		int digits = 0;
		int confusable = 0;
		int letters = 0;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (Character.isDigit(c)) {
				digits++;
			}
			else if (Character.isLetter(c)) {
				letters++;
				if (digitFor(c) != c) {
					confusable++;
				}
			}
		}
		// only when digits dominate and every letter is a known look-alike
		if (digits == 0 || letters == 0 || confusable != letters || digits < letters) {
			return word;
		}
		StringBuilder repaired = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			repaired.append(digitFor(word.charAt(i)));
		}
		return repaired.toString();
	}

	static char digitFor(char c) {
		return switch (c) {
			case 'O', 'o', 'Q', 'D' -> '0';
			case 'l', 'I', '|', 'i' -> '1';
			case 'S', 's' -> '5';
			case 'B' -> '8';
			case 'Z', 'z' -> '2';
			case 'G' -> '6';
			default -> c;
		};
	}
}
