package de.kmuflow.samples.receipts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One till receipt: what it prints, line by line, and the values a reader should take from it.
 * Amounts are gross per §33 UStDV; net is the total less the tax.
 */
record Receipt(String family, String half, String language, int paperMillimetres, int columns, String font,
		List<PrintLine> lines, String sellerName, LocalDate date, String currency, BigDecimal gross, BigDecimal tax,
		String vatId, String taxNumber, boolean netPrinted) {

	/** Net is printed on some receipts only; where it is not, a reader should leave it empty. */
	BigDecimal net() {
		return gross.subtract(tax);
	}

	/** A printed line: centred or not, bold, twice as high and wide (the till's large print). */
	record PrintLine(String text, boolean centred, boolean bold, boolean large) {

		static PrintLine plain(String text) {
			return new PrintLine(text, false, false, false);
		}

		static PrintLine centred(String text) {
			return new PrintLine(text, true, false, false);
		}

		static PrintLine heading(String text, boolean large) {
			return new PrintLine(text, true, true, large);
		}

		static PrintLine bold(String text) {
			return new PrintLine(text, false, true, false);
		}

		static PrintLine large(String text) {
			return new PrintLine(text, false, true, true);
		}
	}
}
