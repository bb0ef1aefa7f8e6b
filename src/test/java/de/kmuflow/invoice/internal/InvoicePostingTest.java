package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kmuflow.document.DocumentStore;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.platform.Groups;
import de.kmuflow.platform.StepRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** The posting step on the real database: the booking is made of the current invoice, corrections included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class InvoicePostingTest {

	@Autowired
	InvoicePosting posting;

	@Autowired
	InvoiceChecks checks;

	@Autowired
	InvoiceApproval approval;

	@Autowired
	InvoiceRepository invoices;

	@Autowired
	BookingRepository bookings;

	@Autowired
	DocumentStore documents;

	@Autowired
	TransactionTemplate transaction;

	private StoredInvoices stored;

	@BeforeEach
	void fixture() {
		stored = new StoredInvoices(documents, invoices, transaction);
	}

	@Test
	void anUnapprovedInvoiceIsNotBooked() {
		UUID id = stored.store(StoredInvoices.read("NOPOST-" + UUID.randomUUID()).build(), InvoiceStatus.AWAITING_APPROVAL,
				"paula").id;

		assertThatThrownBy(() -> posting.post(id, "system")).isInstanceOf(StepRefused.class)
			.hasMessageContaining("nicht freigegeben");
		assertThat(bookings.findAll()).noneMatch(booking -> booking.invoiceId.equals(id));
	}

	@Test
	void aCorrectedCreditNoteIsBookedAsCorrected() {
		String number = "GS-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = stored.store(StoredInvoices.read(number).set(InvoiceField.DOCUMENT_TYPE_CODE, "381").build(),
				InvoiceStatus.IN_REVIEW, "paula").id;
		checks.applyReview(id, Map.of("costCentre", "KST-3", "grossTotal", "238,00", "invoiceCategory", "Bürobedarf"),
				"clara");
		approval.markAwaitingApproval(id, List.of(Groups.MANAGEMENT));
		approval.recordApproval(id, "martin", List.of(Groups.MANAGEMENT), true, null);

		posting.post(id, "system");

		BookingEntity booking = bookings.findAll().stream().filter(b -> b.invoiceId.equals(id)).findFirst().orElseThrow();
		assertThat(booking.amount).isEqualByComparingTo(new BigDecimal("-238.00"));
		assertThat(booking.costCentre).isEqualTo("KST-3");
		assertThat(booking.expenseAccount).isEqualTo("4930");
		assertThat(booking.taxKey).isEqualTo("9");
		assertThat(booking.bookingText).startsWith("GS " + number);
		assertThat(stored.reload(id).status).isEqualTo(InvoiceStatus.POSTED);
		assertThat(stored.reload(id).supplierId).isNotNull();
	}
}
