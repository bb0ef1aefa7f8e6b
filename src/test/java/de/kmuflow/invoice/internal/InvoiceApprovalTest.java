package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.kmuflow.document.DocumentStore;
import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.platform.Groups;
import de.kmuflow.platform.StepRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The approval step on the real database: four eyes, the named groups, and a reason for a rejection. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InvoiceApprovalTest {

	@Autowired
	InvoiceApproval approval;

	@Autowired
	InvoiceChecks checks;

	@Autowired
	InvoiceFormTexts formTexts;

	@Autowired
	InvoiceRepository invoices;

	@Autowired
	DocumentStore documents;

	@Autowired
	TransactionTemplate transaction;

	private StoredInvoices stored;
	private UUID id;

	@BeforeEach
	void anInvoiceReviewedByClaraAwaitsManagement() {
		stored = new StoredInvoices(documents, invoices, transaction);
		id = stored.store(StoredInvoices.read("APP-" + UUID.randomUUID()).build(), InvoiceStatus.IN_REVIEW, "paula").id;
		checks.applyReview(id, Map.of("costCentre", "KST-1"), "clara");
		approval.markAwaitingApproval(id, List.of(Groups.MANAGEMENT));
	}

	@Test
	void whoBroughtItInOrCorrectedItMayNotApprove() {
		assertThat(approval.excludedApprovers(id)).containsExactly("paula", "clara");
		for (String user : List.of("paula", "clara")) {
			assertThatThrownBy(() -> approval.recordApproval(id, user, List.of(Groups.MANAGEMENT), true, null))
				.isInstanceOf(StepRefused.class).hasMessageContaining("Vier-Augen-Prinzip");
		}
		assertThat(stored.reload(id).status).isEqualTo(InvoiceStatus.AWAITING_APPROVAL);
	}

	@Test
	void onlyTheNamedGroupDecides() {
		assertThatThrownBy(() -> approval.recordApproval(id, "lars", List.of(Groups.PURCHASING), true, null))
			.isInstanceOf(StepRefused.class).hasMessageContaining("nur die Gruppe management");

		approval.recordApproval(id, "martin", List.of(Groups.MANAGEMENT), true, null);

		InvoiceEntity approved = stored.reload(id);
		assertThat(approved.status).isEqualTo(InvoiceStatus.APPROVED);
		assertThat(approved.approvedBy).isEqualTo("martin");
	}

	@Test
	void aRejectionNeedsAReasonAndKeepsIt() {
		assertThatThrownBy(() -> approval.recordApproval(id, "martin", List.of(Groups.MANAGEMENT), false, " "))
			.isInstanceOf(StepRefused.class).hasMessageContaining("begründen");

		approval.recordApproval(id, "martin", List.of(Groups.MANAGEMENT), false, "Preis falsch");

		assertThat(stored.reload(id).status).isEqualTo(InvoiceStatus.REJECTED);
		assertThat(stored.reload(id).rejectionReason).isEqualTo("Preis falsch");
		LocaleContextHolder.setLocale(Locale.GERMAN);
		try {
			assertThat(formTexts.approvalForm(stored.reload(id), Locale.GERMAN))
				.containsEntry("rejectionReason", "Preis falsch")
				.containsEntry("grossTotal", "119,00 €");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}
}
