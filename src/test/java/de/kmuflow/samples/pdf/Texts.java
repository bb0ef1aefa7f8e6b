package de.kmuflow.samples.pdf;

/** Small text helpers shared by the layouts. */
public final class Texts {

	private Texts() {
	}

	/** DE12 3456 7890 ...: how IBANs are printed for people; the expected value has no spaces. */
	public static String ibanGroups(String iban) {
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < iban.length(); i += 4) {
			if (i > 0) {
				grouped.append(' ');
			}
			grouped.append(iban, i, Math.min(iban.length(), i + 4));
		}
		return grouped.toString();
	}

	/** DE 123 456 789: some letterheads space the VAT ID, which a reader must undo. */
	public static String vatIdSpaced(String vatId) {
		return vatId.substring(0, 2) + " " + vatId.substring(2, 5) + " " + vatId.substring(5, 8) + " "
				+ vatId.substring(8);
	}

	public static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
