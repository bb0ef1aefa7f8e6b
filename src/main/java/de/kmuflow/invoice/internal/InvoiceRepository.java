package de.kmuflow.invoice.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import de.kmuflow.invoice.InvoiceStatus;
import de.kmuflow.invoice.rules.Facts;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface InvoiceRepository extends JpaRepository<InvoiceEntity, UUID> {

	Optional<InvoiceEntity> findFirstByDocumentIdOrderByCreatedAt(UUID documentId);

	List<InvoiceEntity> findAllByOrderByCreatedAtDesc();

	Optional<InvoiceEntity> findFirstByProcessInstanceId(String processInstanceId);

	@Query("select distinct i.documentId from InvoiceEntity i")
	Set<UUID> documentIds();

	/** Received invoices that never got their process (left by versions that started it separately). */
	List<InvoiceEntity> findByStatusAndProcessInstanceIdIsNull(InvoiceStatus status);

	/**
	 * Invoices received before an invoice that may be the same bill: same supplier (by VAT ID, IBAN or
	 * name) and the same number, or the same gross total issued within the window; oldest first.
	 * <ul>
	 * <li>Only the possible duplicates are read, not the supplier's whole history: a supplier of many
	 * years has thousands of invoices.</li>
	 * <li>A value that is null compares as unknown and matches nothing, which leaves PostgreSQL no
	 * untyped parameter to guess.</li>
	 * <li>The name is also compared as it is, which changes no result: a parameter only inside lower()
	 * has no type, and Hibernate would translate the query anew for every invoice.</li>
	 * <li>Only the values the duplicate rule compares are read, no entities: nothing to keep or check for
	 * changes, so the query need not wait for this transaction's changes to be written.</li>
	 * </ul>
	 */
	@Query("""
			select new de.kmuflow.invoice.rules.Facts$EarlierInvoice(i.id, i.invoiceNumber, i.grossTotal, i.issueDate)
			from InvoiceEntity i where i.id <> :id and i.createdAt < :before
			and i.status <> de.kmuflow.invoice.InvoiceStatus.CANCELLED
			and ((:vatId is not null and i.sellerVatId = :vatId) or (:iban is not null and i.sellerIban = :iban)
			  or (:name is not null and (i.sellerName = :name or lower(i.sellerName) = lower(:name))))
			and (i.invoiceNumber = :number or (i.grossTotal = :grossTotal and i.issueDate between :issuedFrom and :issuedTo))
			order by i.createdAt""")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	List<Facts.EarlierInvoice> findPossibleDuplicates(UUID id, Instant before, String vatId, String iban, String name,
			String number, BigDecimal grossTotal, LocalDate issuedFrom, LocalDate issuedTo);

	/** Invoices naming a purchase order, in one of the given states. */
	List<InvoiceEntity> findByPurchaseOrderReferenceAndStatusIn(String purchaseOrderReference,
			Collection<InvoiceStatus> statuses);
}
