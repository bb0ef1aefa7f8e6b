package de.kmuflow.inventory.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemChangeRepository extends JpaRepository<ItemChangeEntity, UUID> {

	List<ItemChangeEntity> findBySkuOrderByChangedAtAscFieldAsc(String sku);
}
