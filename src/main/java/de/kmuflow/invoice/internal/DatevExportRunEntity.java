package de.kmuflow.invoice.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One DATEV export run: who took which bookings when, and the checksum of the file it gave. */
@Entity
@Table(name = "datev_export_run")
class DatevExportRunEntity {

	@Id
	UUID id;

	@Column(nullable = false, updatable = false)
	int number;

	@Column(name = "created_at", nullable = false, updatable = false)
	Instant createdAt;

	@Column(name = "created_by", nullable = false, updatable = false)
	String createdBy;

	@Column(name = "booking_count", nullable = false, updatable = false)
	int bookingCount;

	@Column(nullable = false)
	String sha256;

	protected DatevExportRunEntity() {
	}

	DatevExportRunEntity(int number, Instant createdAt, String createdBy, int bookingCount) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.bookingCount = bookingCount;
	}
}
