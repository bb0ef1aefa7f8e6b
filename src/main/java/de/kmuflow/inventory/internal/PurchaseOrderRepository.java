package de.kmuflow.inventory.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PurchaseOrderRepository extends JpaRepository<PurchaseOrderEntity, UUID> {

	/**
	 * Written out rather than derived from the name: Hibernate keeps the plan of a query string, but builds a
	 * derived (criteria) query anew on every call, and every invoice naming an order asks this.
	 */
	@Query("select o from PurchaseOrderEntity o where o.number = :number")
	Optional<PurchaseOrderEntity> findByNumber(String number);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from PurchaseOrderEntity o where o.id = :id")
	Optional<PurchaseOrderEntity> lockById(UUID id);

	/** A proposed order for the supplier, recent enough to take more lines. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select o from PurchaseOrderEntity o where o.supplierName = :supplier
			and o.status = de.kmuflow.inventory.internal.PurchaseOrderEntity.Status.PROPOSED and o.createdAt >= :since
			order by o.createdAt""")
	List<PurchaseOrderEntity> lockOpenForSupplierSince(String supplier, Instant since);

	List<PurchaseOrderEntity> findByStatusInOrderByCreatedAtDesc(Collection<PurchaseOrderEntity.Status> statuses);

	List<PurchaseOrderEntity> findTop100ByOrderByCreatedAtDesc();

	long countByNumberStartingWith(String prefix);
}
