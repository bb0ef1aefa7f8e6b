package de.kmuflow.inventory.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ItemRepository extends JpaRepository<ItemEntity, String> {

	/** Locks the item's row: movements of one item, and the reorder check after each, run one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from ItemEntity i where i.sku = :sku")
	Optional<ItemEntity> lockBySku(String sku);

	List<ItemEntity> findAllByOrderBySku();

	@Query("select i from ItemEntity i where i.onHand < i.reorderPoint order by i.sku")
	List<ItemEntity> findBelowReorderPoint();
}
