package de.kmuflow.invoice.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.ReadingFinding;
import de.kmuflow.extraction.Severity;
import de.kmuflow.inventory.OrderMatch;
import org.junit.jupiter.api.Test;

/** The rules that need more than the invoice's values: each judges the facts it is given, looked up once by the checks. */
class ProcessRulesTest {

	private static final OrderMatch AGREES = new OrderMatch("PO-1", new BigDecimal("100"), new BigDecimal("100"),
			new BigDecimal("100"), true, true, "Bestellung PO-1 vollständig geliefert, Betrag stimmt.");

	private final ExtractedInvoice invoice = Invoices.complete().build();

	private static Facts facts(boolean reviewed, Optional<OrderMatch> match, boolean known,
			List<Facts.EarlierInvoice> earlier) {
		return new Facts(null, reviewed, match, known, earlier);
	}

	@Test
	void unreadableIsAnErrorWithTheReason() {
		List<Finding> findings = new UnreadableRule().check(invoice, new Facts("PDF beschädigt", false, null, true, null));

		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo(UnreadableRule.UNREADABLE);
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.message()).contains("PDF beschädigt", "abtippen");
		});
		assertThat(new UnreadableRule().check(invoice)).isEmpty();
	}

	@Test
	void aBrokenEInvoiceRuleAndBidiControlsAreWarningsByCodeNotByWord() {
		ExtractedInvoice read = invoice.toBuilder()
			.finding(new ReadingFinding("BR-DE-15", Severity.ERROR, "[ID BR-DE-15] Leitweg-ID fehlt"))
			.finding(new ReadingFinding("BR-CL-10", Severity.WARNING, "Fehler im Wortlaut, aber nur Warnung"))
			.set(InvoiceField.SELLER_NAME, "Muster\u202e GmbH")
			.build();

		List<Finding> findings = new ReadingFindingsRule().check(read);

		assertThat(findings).extracting(Finding::rule, Finding::severity).containsExactly(
				org.assertj.core.groups.Tuple.tuple(ReadingFindingsRule.BIDI_CONTROLS, Severity.WARNING),
				org.assertj.core.groups.Tuple.tuple(ReadingFindingsRule.EN16931, Severity.WARNING));
		assertThat(findings.get(1).message()).contains("BR-DE-15").doesNotContain("BR-CL-10");
	}

	@Test
	void doubtfulCoreFieldsUntilAPersonChecked() {
		ExtractedInvoice scanned = invoice.toBuilder().kind(DocumentKind.SCANNED_PDF).confidence("grossTotal", 0.5)
			.confidence("sellerAddress", 0.1).build();
		LowConfidenceRule rule = new LowConfidenceRule(0.8);

		assertThat(rule.check(scanned)).extracting(Finding::field).containsExactly("grossTotal");
		assertThat(rule.check(scanned, facts(true, Optional.empty(), true, List.of()))).isEmpty();
		assertThat(rule.check(scanned.toBuilder().kind(DocumentKind.XRECHNUNG_UBL).build())).isEmpty();
	}

	@Test
	void theOrderMatchIsReportedAsGiven() {
		assertThat(new OrderMatchRule().check(invoice, facts(false, Optional.of(AGREES), true, List.of())))
			.extracting(Finding::rule, Finding::severity, Finding::message)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(OrderMatchRule.ORDER_MATCH, Severity.INFO,
					AGREES.explanation()));
		assertThat(new OrderMatchRule().check(invoice)).isEmpty();
	}

	@Test
	void aDuplicateBySameNumberOrSameAmountNearTheDate() {
		UUID earlier = UUID.randomUUID();
		DuplicateRule rule = new DuplicateRule(14);
		var sameNumber = new Facts.EarlierInvoice(earlier, invoice.invoiceNumber(), null, null);
		var sameAmount = new Facts.EarlierInvoice(earlier, "other", invoice.grossTotal(), invoice.issueDate().plusDays(10));
		var farAway = new Facts.EarlierInvoice(earlier, "other", invoice.grossTotal(), invoice.issueDate().plusDays(30));

		assertThat(rule.check(invoice, facts(false, Optional.empty(), true, List.of(sameNumber))))
			.extracting(Finding::field, Finding::relatedInvoice).containsExactly(
					org.assertj.core.groups.Tuple.tuple("invoiceNumber", earlier));
		assertThat(rule.check(invoice, facts(false, Optional.empty(), true, List.of(sameAmount))))
			.extracting(Finding::field).containsExactly("grossTotal");
		assertThat(rule.check(invoice, facts(false, Optional.empty(), true, List.of(farAway)))).isEmpty();
	}

	@Test
	void aNewOrUnidentifiedSupplierButNotTheOneWeOrderedFrom() {
		NewSupplierRule rule = new NewSupplierRule();
		ExtractedInvoice kessler = invoice.with(InvoiceField.SELLER_NAME, "Kessler e.K.");

		assertThat(rule.check(kessler, facts(false, Optional.empty(), false, List.of())))
			.extracting(Finding::message).containsExactly("Neuer Lieferant: Kessler e.K. Bitte Stammdaten (USt-IdNr., IBAN) prüfen.");
		assertThat(rule.check(kessler, facts(false, Optional.empty(), true, List.of()))).isEmpty();
		assertThat(rule.check(kessler, facts(false, Optional.of(AGREES), false, List.of()))).isEmpty();
		ExtractedInvoice anonymous = kessler.with(InvoiceField.SELLER_VAT_ID, null).with(InvoiceField.SELLER_IBAN, null);
		assertThat(rule.check(anonymous, facts(false, Optional.empty(), true, List.of())))
			.extracting(Finding::message).containsExactly("Lieferant nicht erkennbar: weder USt-IdNr. noch IBAN gefunden.");
	}
}
