package de.kmuflow.invoice.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<BookingEntity, UUID> {

	/** Posted in [from, to), in the order the export writes them. */
	List<BookingEntity> findByPostedAtGreaterThanEqualAndPostedAtLessThanOrderByInvoiceDateAscIdAsc(Instant from,
			Instant to);

	@Query("select b from BookingEntity b where not exists"
			+ " (select 1 from DatevExportBookingEntity e where e.bookingId = b.id) order by b.invoiceDate, b.id")
	List<BookingEntity> findNotExported();

	@Query("select b from BookingEntity b where b.id in"
			+ " (select e.bookingId from DatevExportBookingEntity e where e.runId = :runId) order by b.invoiceDate, b.id")
	List<BookingEntity> findByRun(UUID runId);

	Optional<BookingEntity> findByInvoiceId(UUID invoiceId);
}
