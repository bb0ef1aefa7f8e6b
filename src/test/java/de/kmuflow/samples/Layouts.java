package de.kmuflow.samples;

import java.util.LinkedHashMap;
import java.util.Map;

import de.kmuflow.samples.pdf.BandLayout;
import de.kmuflow.samples.pdf.CenteredLayout;
import de.kmuflow.samples.pdf.ClassicLetterLayout;
import de.kmuflow.samples.pdf.EnglishLayout;
import de.kmuflow.samples.pdf.InvoiceLayout;
import de.kmuflow.samples.pdf.ReceiptLayout;
import de.kmuflow.samples.pdf.RightLetterheadLayout;
import de.kmuflow.samples.pdf.TypedLetterLayout;

/** The layouts by the letter the README uses for them. */
final class Layouts {

	static final InvoiceLayout A = new ClassicLetterLayout();
	static final InvoiceLayout B = new RightLetterheadLayout();
	static final InvoiceLayout C = new CenteredLayout();
	static final InvoiceLayout D = new BandLayout();
	static final InvoiceLayout E = new EnglishLayout();
	static final InvoiceLayout F_CASH = new ReceiptLayout(true, "10:42");
	static final InvoiceLayout F_CARD = new ReceiptLayout(false, "16:07");
	static final InvoiceLayout G = new TypedLetterLayout();

	private Layouts() {
	}

	static Map<String, InvoiceLayout> byLetter() {
		Map<String, InvoiceLayout> layouts = new LinkedHashMap<>();
		layouts.put("A", A);
		layouts.put("B", B);
		layouts.put("C", C);
		layouts.put("D", D);
		layouts.put("E", E);
		layouts.put("F", F_CASH);
		layouts.put("G", G);
		return layouts;
	}

	static String letter(InvoiceLayout layout) {
		if (layout == F_CARD) {
			return "F";
		}
		return byLetter().entrySet().stream().filter(e -> e.getValue() == layout).map(Map.Entry::getKey).findFirst()
				.orElseThrow();
	}
}
