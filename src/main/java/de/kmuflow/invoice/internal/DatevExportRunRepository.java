package de.kmuflow.invoice.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DatevExportRunRepository extends JpaRepository<DatevExportRunEntity, UUID> {

	List<DatevExportRunEntity> findTop50ByOrderByNumberDesc();

	@Query("select coalesce(max(r.number), 0) from DatevExportRunEntity r")
	int maxNumber();
}
