package de.kmuflow.invoice.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DatevExportBookingRepository extends JpaRepository<DatevExportBookingEntity, UUID> {
}
