package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.kmuflow.document.DocumentStore;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.extraction.Severity;
import de.kmuflow.invoice.InvoiceCorrected;
import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.invoice.rules.DuplicateRule;
import de.kmuflow.invoice.rules.Facts;
import de.kmuflow.invoice.rules.Finding;
import de.kmuflow.invoice.rules.LowConfidenceRule;
import de.kmuflow.invoice.rules.NewSupplierRule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The checks step on the real database: rules with what is known besides the values, the review
 * form from the catalogue, and a clerk's corrections as rows that make the current invoice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class InvoiceChecksTest {

	@Autowired
	InvoiceChecks checks;

	@Autowired
	InvoiceRecords records;

	@Autowired
	InvoiceFormTexts formTexts;

	@Autowired
	InvoiceRepository invoices;

	@Autowired
	DocumentStore documents;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEvents events;

	private StoredInvoices stored;

	@BeforeEach
	void fixture() {
		stored = new StoredInvoices(documents, invoices, transaction);
	}

	@Test
	void aNewSupplierGoesToReviewWithCodedFindings() {
		InvoiceEntity invoice = stored.store(StoredInvoices.read("CHK-" + UUID.randomUUID()).build(),
				InvoiceStatus.EXTRACTED, "paula");

		Routing routing = checks.validate(invoice.id);

		assertThat(routing.needsReview()).isTrue();
		assertThat(routing.amount()).isEqualTo(119.0);
		InvoiceEntity checked = stored.reload(invoice.id);
		assertThat(checked.status).isEqualTo(InvoiceStatus.IN_REVIEW);
		assertThat(InvoiceRecords.findings(checked)).extracting(Finding::rule, Finding::severity)
			.contains(org.assertj.core.groups.Tuple.tuple(NewSupplierRule.NEW_SUPPLIER, Severity.WARNING));
	}

	@Test
	void aDoubtfulCoreFieldAndASecondCopyAreFound() {
		String number = "DUP-" + UUID.randomUUID();
		InvoiceEntity first = stored.store(StoredInvoices.read(number).build(), InvoiceStatus.EXTRACTED, "paula");
		InvoiceEntity second = stored.store(StoredInvoices.read(number).confidence("grossTotal", 0.2).build(),
				InvoiceStatus.EXTRACTED, "paula");

		checks.validate(second.id);

		InvoiceEntity checked = stored.reload(second.id);
		assertThat(checked.duplicateOf).isEqualTo(first.id);
		assertThat(InvoiceRecords.findings(checked)).extracting(Finding::rule)
			.contains(DuplicateRule.DUPLICATE, LowConfidenceRule.LOW_CONFIDENCE);
		assertThat(InvoiceRecords.findings(checked)).filteredOn(f -> f.rule().equals(DuplicateRule.DUPLICATE))
			.extracting(Finding::relatedInvoice).containsExactly(first.id);
	}

	@Test
	void ofASuppliersHistoryOnlyThePossibleSecondCopiesAreRead() {
		String vatId = "DE" + String.format("%09d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000_000));
		LocalDate issued = LocalDate.now().minusDays(3);
		storeOf(vatId, "OTHER-1", "250.00", issued);
		InvoiceEntity sameAmountNear = storeOf(vatId, "OTHER-2", "119.00", issued.minusDays(10));
		storeOf(vatId, "OTHER-3", "119.00", issued.minusDays(30));
		InvoiceEntity sameNumberLongAgo = storeOf(vatId, "SAME-1", "80.00", issued.minusYears(1));
		InvoiceEntity current = storeOf(vatId, "SAME-1", "119.00", issued);

		assertThat(invoices.findPossibleDuplicates(current.id, current.createdAt, vatId, null, null, "SAME-1",
				new BigDecimal("119.0"), issued.minusDays(14), issued.plusDays(14)))
			.extracting(Facts.EarlierInvoice::id)
			.containsExactly(sameAmountNear.id, sameNumberLongAgo.id);
		checks.validate(current.id);
		assertThat(stored.reload(current.id).duplicateOf).isEqualTo(sameAmountNear.id);
	}

	private InvoiceEntity storeOf(String vatId, String number, String gross, LocalDate issued) {
		return stored.store(StoredInvoices.read(number)
			.set(InvoiceField.SELLER_VAT_ID, vatId)
			.set(InvoiceField.GROSS_TOTAL, new BigDecimal(gross))
			.set(InvoiceField.ISSUE_DATE, issued)
			.build(), InvoiceStatus.EXTRACTED, "paula");
	}

	@Test
	void theReviewFormShowsEveryCorrectableFieldAsAClerkTypesIt() {
		InvoiceEntity invoice = stored.store(StoredInvoices.read("FORM-" + UUID.randomUUID()).build(),
				InvoiceStatus.IN_REVIEW, "paula");

		Map<String, String> form = formTexts.reviewForm(stored.reload(invoice.id), Locale.GERMAN);

		InvoiceField.all().stream().filter(InvoiceField::correctable)
			.forEach(field -> assertThat(form).containsKey(field.name()));
		assertThat(form).doesNotContainKey(InvoiceField.SELLER_BIC.name());
		assertThat(form.get("grossTotal")).isEqualTo("119,00");
		assertThat(form.get("invoiceCategory")).isEqualTo("Misc");
		assertThat(InvoiceChecks.reviewFormKeys()).containsAll(form.keySet()).contains(InvoiceChecks.CORRECTION_REASON);
	}

	@Test
	void correctionsAreRowsThatMakeTheCurrentInvoiceAndAreAnnounced() {
		ExtractedInvoice read = StoredInvoices.read("COR-" + UUID.randomUUID()).build();
		InvoiceEntity invoice = stored.store(read, InvoiceStatus.IN_REVIEW, "paula");
		Map<String, Object> submitted = new LinkedHashMap<>();
		submitted.put("sellerIban", "DE89 3704 0044 0532 0130 00");
		submitted.put("grossTotal", "1.119,00");
		submitted.put("invoiceNumber", read.invoiceNumber());
		submitted.put("costCentre", "KST-9");
		submitted.put(InvoiceChecks.CORRECTION_REASON, "IBAN laut Briefkopf");

		Routing routing = checks.applyReview(invoice.id, submitted, "clara");

		// what was read stays as read; the corrections are rows with who, when and why
		InvoiceEntity reviewed = stored.reload(invoice.id);
		assertThat(InvoiceRecords.read(reviewed)).isEqualTo(read);
		assertThat(records.corrections(invoice.id)).extracting(c -> c.field, c -> c.oldValue, c -> c.newValue,
				c -> c.correctedBy, c -> c.reason)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("sellerIban", read.sellerIban(), "DE89370400440532013000", "clara",
							"IBAN laut Briefkopf"),
					org.assertj.core.groups.Tuple.tuple("grossTotal", "119.00", "1119.00", "clara", "IBAN laut Briefkopf"),
					org.assertj.core.groups.Tuple.tuple("costCentre", null, "KST-9", "clara", "IBAN laut Briefkopf"));
		// the current invoice applies them, and the query columns follow it
		ExtractedInvoice current = records.current(reviewed);
		assertThat(current.sellerIban()).isEqualTo("DE89370400440532013000");
		assertThat(current.grossTotal()).isEqualByComparingTo("1119.00");
		assertThat(current.get(InvoiceField.COST_CENTRE)).isEqualTo("KST-9");
		assertThat(reviewed.sellerIban).isEqualTo("DE89370400440532013000");
		assertThat(reviewed.grossTotal).isEqualByComparingTo(new BigDecimal("1119.00"));
		assertThat(reviewed.status).isEqualTo(InvoiceStatus.AWAITING_APPROVAL);
		assertThat(reviewed.reviewedBy).isEqualTo("clara");
		assertThat(routing.amount()).isEqualTo(1119.0);
		// each correction is published once, with the supplier as corrected
		assertThat(events.stream(InvoiceCorrected.class).filter(e -> e.invoiceId().equals(invoice.id)))
			.extracting(InvoiceCorrected::field)
			.containsExactlyInAnyOrder("sellerIban", "grossTotal", "costCentre");
		assertThat(events.stream(InvoiceCorrected.class).filter(e -> e.invoiceId().equals(invoice.id)))
			.allSatisfy(e -> {
				assertThat(e.supplier()).isEqualTo(new InvoiceCorrected.Supplier(read.sellerVatId(),
						"DE89370400440532013000", read.sellerName()));
				assertThat(e.correctedBy()).isEqualTo("clara");
				assertThat(e.reason()).isEqualTo("IBAN laut Briefkopf");
				assertThat(e.documentId()).isEqualTo(invoice.documentId);
			});
	}

	@Test
	void anUnreadableValueIsRefusedInGermanAndNothingIsSaved() {
		InvoiceEntity invoice = stored.store(StoredInvoices.read("BAD-" + UUID.randomUUID()).build(),
				InvoiceStatus.IN_REVIEW, "paula");

		assertThatThrownBy(() -> checks.applyReview(invoice.id, Map.of("issueDate", "31.02.2026x"), "clara"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Datum nicht lesbar");
		assertThat(records.corrections(invoice.id)).isEmpty();
		assertThat(stored.reload(invoice.id).status).isEqualTo(InvoiceStatus.IN_REVIEW);
	}
}
