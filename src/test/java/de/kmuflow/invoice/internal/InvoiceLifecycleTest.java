package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.platform.StepRefused;
import org.junit.jupiter.api.Test;

class InvoiceLifecycleTest {

	@Test
	void onlyAnApprovedInvoiceIsPosted() {
		for (InvoiceStatus from : InvoiceStatus.values()) {
			assertThat(InvoiceLifecycle.allows(from, InvoiceStatus.POSTED)).as(from.name())
				.isEqualTo(from == InvoiceStatus.APPROVED);
		}
	}

	@Test
	void onlyAnInvoiceWaitingForApprovalIsApproved() {
		for (InvoiceStatus from : InvoiceStatus.values()) {
			assertThat(InvoiceLifecycle.allows(from, InvoiceStatus.APPROVED)).as(from.name())
				.isEqualTo(from == InvoiceStatus.AWAITING_APPROVAL);
		}
	}

	@Test
	void postedAndCancelledInvoicesStayAsTheyAre() {
		for (InvoiceStatus to : InvoiceStatus.values()) {
			assertThat(InvoiceLifecycle.allows(InvoiceStatus.POSTED, to)).isFalse();
			assertThat(InvoiceLifecycle.allows(InvoiceStatus.CANCELLED, to)).isFalse();
		}
	}

	@Test
	void anIllegalChangeIsRefusedInGerman() {
		assertThatThrownBy(() -> InvoiceLifecycle.check(InvoiceStatus.POSTED, InvoiceStatus.AWAITING_APPROVAL))
			.isInstanceOf(StepRefused.class)
			.hasMessage("Die Rechnung steht auf „Gebucht“ und kann nicht auf „Wartet auf Freigabe“ wechseln;"
					+ " der Schritt wurde nicht ausgeführt.");
	}
}
