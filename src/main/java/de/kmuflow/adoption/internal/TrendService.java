package de.kmuflow.adoption.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.kmuflow.adoption.internal.TrendViews.MeasureView;
import de.kmuflow.adoption.internal.TrendViews.NewMeasure;
import de.kmuflow.adoption.internal.TrendViews.TrendChange;
import de.kmuflow.adoption.internal.TrendViews.TrendView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The trends and their measures: reading with scores and shares, and management's changes. */
@Service
class TrendService {

	private final TrendRepository trends;
	private final MeasureRepository measures;
	private final AdoptionFigures figures;
	private final AdoptionProperties properties;
	private final Clock clock;

	TrendService(TrendRepository trends, MeasureRepository measures, AdoptionFigures figures,
			AdoptionProperties properties, Clock clock) {
		this.trends = trends;
		this.measures = measures;
		this.figures = figures;
		this.properties = properties;
		this.clock = clock;
	}

	/** Today where the business is: decides which measures are overdue. */
	LocalDate today() {
		return LocalDate.now(clock.withZone(properties.timeZone()));
	}

	@Transactional(readOnly = true)
	List<TrendView> trends(LocalDate from, LocalDate to) {
		return trends(from, to, today());
	}

	/** The trends with measures judged overdue as of the given day (a review judges as of its start). */
	@Transactional(readOnly = true)
	List<TrendView> trends(LocalDate from, LocalDate to, LocalDate today) {
		Map<String, TimeSavedReport.Row> saved = figures.timeSaved(from, to, GroupBy.TREND).rows().stream()
			.collect(Collectors.toMap(TimeSavedReport.Row::key, Function.identity()));
		Map<String, List<MeasureEntity>> byTrend = measures.findAllByOrderByTrendIdAscTargetDateAscIdAsc().stream()
			.collect(Collectors.groupingBy(measure -> measure.trendId));
		return trends.findAllByOrderBySortOrder().stream().map(trend -> {
			List<MeasureEntity> own = byTrend.getOrDefault(trend.id, List.of());
			TimeSavedReport.Row time = saved.get(trend.id);
			return new TrendView(trend.id, trend.name, trend.priority, trend.investment, trend.duration,
					AdoptionScore.of(own.stream().map(MeasureEntity::facts).toList(), today),
					(int) own.stream().filter(m -> m.status != MeasureStatus.DROPPED).count(),
					(int) own.stream().filter(m -> m.status.isOpen()).count(),
					(int) own.stream().filter(m -> m.overdue(today)).count(), time.savedSeconds(), time.savedHours(),
					time.sharePercent(), own.stream().map(m -> view(m, trend, today)).toList());
		}).toList();
	}

	@Transactional(readOnly = true)
	TrendView trend(String id, LocalDate from, LocalDate to) {
		return trends(from, to).stream().filter(trend -> trend.id().equals(id)).findFirst()
			.orElseThrow(() -> notFound("Trend " + id));
	}

	@Transactional(readOnly = true)
	List<MeasureView> measures(boolean overdueOnly) {
		LocalDate today = today();
		Map<String, TrendEntity> byId = trends.findAll().stream()
			.collect(Collectors.toMap(trend -> trend.id, Function.identity()));
		return measures.findAllByOrderByTrendIdAscTargetDateAscIdAsc().stream()
			.filter(measure -> !overdueOnly || measure.overdue(today))
			// the longest overdue first
			.sorted(overdueOnly ? Comparator.comparing((MeasureEntity measure) -> measure.targetDate)
					: (a, b) -> 0)
			.map(measure -> view(measure, byId.get(measure.trendId), today))
			.toList();
	}

	@Transactional
	void changeTrend(String id, TrendChange change, String user) {
		TrendEntity trend = trends.findById(id).orElseThrow(() -> notFound("Trend " + id));
		trend.change(change.name(), change.priority(), change.investment(), change.duration(), user, clock.instant());
	}

	@Transactional
	MeasureView addMeasure(String trendId, NewMeasure measure, String user) {
		TrendEntity trend = trends.findById(trendId).orElseThrow(() -> notFound("Trend " + trendId));
		MeasureEntity entity = new MeasureEntity(trend.id, null, measure.title(), measure.owner(), measure.targetDate(),
				user, clock.instant());
		entity.apply(new MeasureChange(null, null, null, measure.status(), measure.progress(), measure.notes(), null),
				user, clock.instant());
		return view(measures.save(entity), trend, today());
	}

	@Transactional
	MeasureView changeMeasure(long id, MeasureChange change, String user) {
		MeasureEntity measure = measures.findById(id)
			.orElseThrow(() -> notFound("Maßnahme " + id));
		measure.apply(change, user, clock.instant());
		return view(measure, trends.findById(measure.trendId).orElseThrow(), today());
	}

	private static MeasureView view(MeasureEntity measure, TrendEntity trend, LocalDate today) {
		return new MeasureView(measure.id, measure.trendId, trend == null ? measure.trendId : trend.name, measure.title,
				measure.owner, measure.targetDate, measure.status, measure.status.germanName(), measure.progress,
				measure.notes, measure.overdue(today));
	}

	private static ResponseStatusException notFound(String what) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, what + " gibt es nicht");
	}
}
