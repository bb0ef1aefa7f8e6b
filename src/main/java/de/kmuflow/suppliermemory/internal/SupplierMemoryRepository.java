package de.kmuflow.suppliermemory.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupplierMemoryRepository extends JpaRepository<SupplierMemoryEntity, UUID> {

	List<SupplierMemoryEntity> findAllByOrderByName();
}
