package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ValueLocatorTest {

	@Test
	void findsTheValueRightOfItsLabelUpToTheNextLabel() {
		InvoiceText text = new TestWords().at(50, 100, "Datum: 15.03.2026 Lieferdatum: 10.03.2026").text();

		List<Located<LocalDate>> located = new ValueLocator(text).locate(label(text, LabelKind.ISSUE_DATE), text::dates);

		assertThat(located).extracting(Located::value).containsExactly(LocalDate.of(2026, 3, 15));
		assertThat(located.get(0).below()).isFalse();
	}

	@Test
	void findsTheValueInAnotherColumnOfTheSameLine() {
		InvoiceText text = new TestWords().at(350, 100, "Rechnungsnummer").at(460, 100, "RE-0042").text();

		assertThat(new ValueLocator(text).locate(label(text, LabelKind.INVOICE_NUMBER), text::references))
			.extracting(Located::value)
			.containsExactly("RE-0042");
	}

	@Test
	void letsATaxLabelQualifyingTheNetPassItsValueOn() {
		InvoiceText text = new TestWords().at(50, 100, "Nettobetrag (zzgl. 19,00% MwSt.)").at(480, 100, "376,37").text();
		LabelHit tax = label(text, LabelKind.TAX_TOTAL);

		assertThat(text.qualifiesTotalBefore(tax)).isTrue();
		assertThat(new ValueLocator(text).locate(label(text, LabelKind.NET_TOTAL), text::amounts))
			.extracting(l -> l.value().value().toPlainString())
			.containsExactly("376.37");
	}

	@Test
	void givesEachValueBelowARowOfHeadersToTheNearestHeader() {
		InvoiceText text = new TestWords().size(8).at(57, 175, "Rechnungs-Nr.").at(170, 175, "Datum").at(270, 175, "Kunden-Nr.")
			.size(10).at(57, 189, "2026/0815").at(170, 189, "02.03.2026").at(270, 189, "4711")
			.text();
		ValueLocator locator = new ValueLocator(text);

		assertThat(locator.locate(label(text, LabelKind.INVOICE_NUMBER), text::references)).extracting(Located::value)
			.containsExactly("2026/0815");
		assertThat(locator.locate(label(text, LabelKind.ISSUE_DATE), text::dates)).singleElement()
			.satisfies(l -> {
				assertThat(l.value()).isEqualTo(LocalDate.of(2026, 3, 2));
				assertThat(l.below()).isTrue();
			});
	}

	@Test
	void stopsBelowAtTheNextLabelOfTheColumn() {
		InvoiceText text = new TestWords().at(50, 100, "Rechnungsnummer:").at(50, 114, "Kundennummer:").at(50, 128, "4711")
			.text();

		assertThat(new ValueLocator(text).locate(label(text, LabelKind.INVOICE_NUMBER), text::references)).isEmpty();
	}

	@Test
	void likesTheFirstValueBestAndAValueBelowLessThanOneBeside() {
		InvoiceText text = new TestWords().at(50, 100, "Datum").at(150, 100, "15.03.2026 16.03.2026").at(50, 114, "17.03.2026")
			.text();

		List<Located<LocalDate>> located = new ValueLocator(text).locate(label(text, LabelKind.ISSUE_DATE), text::dates);

		assertThat(located).extracting(Located::value)
			.containsExactly(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 17));
		assertThat(located.get(0).score()).isGreaterThan(located.get(1).score());
		assertThat(located.get(2).score()).isLessThan(located.get(0).score());
	}

	private static LabelHit label(InvoiceText text, LabelKind kind) {
		return text.labels(kind).get(0);
	}
}
