package de.kmuflow.invoice.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BookingRepository extends JpaRepository<BookingEntity, UUID> {

	List<BookingEntity> findByInvoiceDateBetweenOrderByInvoiceDate(LocalDate from, LocalDate to);

	Optional<BookingEntity> findByInvoiceId(UUID invoiceId);
}
