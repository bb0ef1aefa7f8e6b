package de.kmuflow.invoice.internal;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A booking taken by an export run; the booking is the key, so no two runs take the same booking. */
@Entity
@Table(name = "datev_export_booking")
class DatevExportBookingEntity {

	@Id
	@Column(name = "booking_id")
	UUID bookingId;

	@Column(name = "run_id", nullable = false, updatable = false)
	UUID runId;

	protected DatevExportBookingEntity() {
	}

	DatevExportBookingEntity(UUID bookingId, UUID runId) {
		this.bookingId = bookingId;
		this.runId = runId;
	}
}
