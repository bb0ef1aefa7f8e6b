package de.kmuflow.inventory.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StockMovementRepository extends JpaRepository<StockMovementEntity, UUID> {

	List<StockMovementEntity> findTop200BySkuOrderByCreatedAtDesc(String sku);

	List<StockMovementEntity> findTop200ByOrderByCreatedAtDesc();
}
