package de.kmuflow.adoption.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureRepository extends JpaRepository<MeasureEntity, Long> {

	List<MeasureEntity> findAllByOrderByTrendIdAscTargetDateAscIdAsc();

	List<MeasureEntity> findByTrendIdOrderByTargetDateAscIdAsc(String trendId);

	boolean existsBySeedKey(String seedKey);
}
