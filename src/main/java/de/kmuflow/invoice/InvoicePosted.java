package de.kmuflow.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An approved invoice was booked. Published when the posting is committed.
 *
 * @param processInstanceId the invoice's process instance (its run ends with the posting)
 * @param amount the booked amount (negative for a credit note)
 * @param approvedAutomatically whether the three-way match approved it, no person involved
 */
@DomainEvent
public record InvoicePosted(UUID invoiceId, String processInstanceId, BigDecimal amount, String currency,
		boolean approvedAutomatically, String postedBy, Instant postedAt) {
}
