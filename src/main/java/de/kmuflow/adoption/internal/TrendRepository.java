package de.kmuflow.adoption.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrendRepository extends JpaRepository<TrendEntity, String> {

	List<TrendEntity> findAllByOrderBySortOrder();
}
