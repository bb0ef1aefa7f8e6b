package de.kmuflow.invoice.internal;

import static de.kmuflow.invoice.InvoiceStatus.APPROVED;
import static de.kmuflow.invoice.InvoiceStatus.AWAITING_APPROVAL;
import static de.kmuflow.invoice.InvoiceStatus.CANCELLED;
import static de.kmuflow.invoice.InvoiceStatus.EXTRACTED;
import static de.kmuflow.invoice.InvoiceStatus.IN_REVIEW;
import static de.kmuflow.invoice.InvoiceStatus.POSTED;
import static de.kmuflow.invoice.InvoiceStatus.RECEIVED;
import static de.kmuflow.invoice.InvoiceStatus.REJECTED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.platform.StepRefused;

/**
 * The invoice's life cycle: which status may follow which. Whoever calls (a delegate reached out
 * of order, a process started twice, a step started by hand) cannot move an invoice any other
 * way; an illegal change is refused with a German sentence and changes nothing.
 */
final class InvoiceLifecycle {

	private static final Map<InvoiceStatus, Set<InvoiceStatus>> NEXT = new EnumMap<>(InvoiceStatus.class);

	static {
		NEXT.put(RECEIVED, EnumSet.of(EXTRACTED));
		NEXT.put(EXTRACTED, EnumSet.of(IN_REVIEW, AWAITING_APPROVAL));
		NEXT.put(IN_REVIEW, EnumSet.of(IN_REVIEW, AWAITING_APPROVAL));
		// an escalated approval is opened again for management
		NEXT.put(AWAITING_APPROVAL, EnumSet.of(AWAITING_APPROVAL, APPROVED, REJECTED));
		NEXT.put(REJECTED, EnumSet.of(IN_REVIEW, CANCELLED));
		NEXT.put(APPROVED, EnumSet.of(POSTED));
		NEXT.put(POSTED, EnumSet.noneOf(InvoiceStatus.class));
		NEXT.put(CANCELLED, EnumSet.noneOf(InvoiceStatus.class));
	}

	private InvoiceLifecycle() {
	}

	static boolean allows(InvoiceStatus from, InvoiceStatus to) {
		return NEXT.get(from).contains(to);
	}

	/** Refuses a change the life cycle does not allow. */
	static void check(InvoiceStatus from, InvoiceStatus to) {
		if (!allows(from, to)) {
			throw new StepRefused("Die Rechnung steht auf „" + label(from) + "“ und kann nicht auf „" + label(to)
					+ "“ wechseln; der Schritt wurde nicht ausgeführt.");
		}
	}

	/** The status as the pages name it. */
	static String label(InvoiceStatus status) {
		return ResourceBundle.getBundle("messages", Locale.ROOT).getString("status." + status.name());
	}
}
