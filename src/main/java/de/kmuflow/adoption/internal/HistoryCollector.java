package de.kmuflow.adoption.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds what Camunda's history holds and the ledger does not yet to kmu-flow's own tables: every
 * finished step that saves work (with its model's minutes and trend) and every finished process
 * instance (lead time, user tasks). The database finds the new rows (an anti-join on the ids), in
 * pages, so neither a large history nor a clock that jumps matters, and history cleanup later
 * removes nothing from the ledger. Several nodes take turns through a row lock.
 */
@Component
class HistoryCollector {

	static final int PAGE = 500;
	/** Camunda's state of an activity instance that was cancelled (interrupted, deleted). */
	private static final int CANCELED = 2;

	private static final Logger log = LoggerFactory.getLogger(HistoryCollector.class);

	private final ActivityCatalogue catalogue;
	private final JdbcTemplate jdbc;
	private final NamedParameterJdbcTemplate named;
	private final TransactionTemplate transaction;
	private final AdoptionProperties properties;
	private final String activityTable;
	private final String processTable;
	private final String identityLinkTable;
	private final String variableTable;
	private final String operationLogTable;

	HistoryCollector(ActivityCatalogue catalogue, JdbcTemplate jdbc, NamedParameterJdbcTemplate named,
			TransactionTemplate transaction, ManagementService management, AdoptionProperties properties) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.named = named;
		this.transaction = transaction;
		this.properties = properties;
		// with the engine's table prefix, if one is configured (the engine names only some tables by API type)
		this.activityTable = management.getTableName(HistoricActivityInstance.class);
		String prefix = activityTable.substring(0, activityTable.length() - "ACT_HI_ACTINST".length());
		this.processTable = prefix + "ACT_HI_PROCINST";
		this.identityLinkTable = prefix + "ACT_HI_IDENTITYLINK";
		this.variableTable = prefix + "ACT_HI_VARINST";
		this.operationLogTable = prefix + "ACT_HI_OP_LOG";
	}

	/** What one call added. */
	record Collected(int models, int activities, int processes) {
	}

	@Scheduled(initialDelayString = "${kmuflow.adoption.collect-every:PT1M}",
			fixedDelayString = "${kmuflow.adoption.collect-every:PT1M}")
	void collectInBackground() {
		try {
			Collected collected = collect();
			if (collected.activities() + collected.processes() > 0) {
				log.debug("Time-saved ledger: {}", collected);
			}
		}
		catch (RuntimeException e) {
			log.warn("Collecting the time saved from the process history failed; next try in {}",
					properties.collectEvery(), e);
		}
	}

	synchronized Collected collect() {
		int models = transaction.execute(status -> {
			lock();
			return catalogue.update();
		});
		int activities = 0;
		int added;
		do {
			added = transaction.execute(status -> {
				lock();
				return addActivities();
			});
			activities += added;
		}
		while (added == PAGE);
		int processes = 0;
		do {
			added = transaction.execute(status -> {
				lock();
				return addProcessRuns();
			});
			processes += added;
		}
		while (added == PAGE);
		return new Collected(models, activities, processes);
	}

	private void lock() {
		jdbc.queryForObject("select name from adoption_collector where name = 'history' for update", String.class);
	}

	private record FinishedActivity(String id, String processInstanceId, String processDefinitionId, String processKey,
			String processName, String activityId, String activityName, String activityType, String taskId,
			Instant started, Instant ended, BigDecimal manualMinutes, String trend, String businessKey,
			boolean oncePerBusinessKey, boolean succeeded) {

		String repeatKey() {
			return HistoryCollector.repeatKey(processKey, businessKey, activityId);
		}
	}

	/** Why a finished step saved nothing; shown in the drill-down. */
	enum NotCounted {
		/** its model's savedWhen variable was not true: the step failed or its result was not used */
		NOT_SUCCEEDED,
		/** the same step was already counted for this business key (another instance, a retry) */
		ALREADY_COUNTED
	}

	private int addActivities() {
		List<FinishedActivity> page = jdbc.query("""
				select a.ID_, a.PROC_INST_ID_, a.PROC_DEF_ID_, m.process_key, m.process_name, a.ACT_ID_,
				       coalesce(a.ACT_NAME_, s.activity_name) as activity_name, a.ACT_TYPE_, a.TASK_ID_,
				       a.START_TIME_, a.END_TIME_, s.manual_minutes, s.trend, p.BUSINESS_KEY_, m.once_per_business_key,
				       case when s.saved_when is null or exists (select 1 from %s v where v.PROC_INST_ID_ = a.PROC_INST_ID_
				         and v.NAME_ = s.saved_when and v.LONG_ = 1) then 1 else 0 end as succeeded
				from %s a
				join adoption_activity s on s.process_definition_id = a.PROC_DEF_ID_ and s.activity_id = a.ACT_ID_
				join adoption_model m on m.process_definition_id = a.PROC_DEF_ID_
				left join %s p on p.ID_ = a.PROC_INST_ID_
				where a.END_TIME_ is not null and (a.ACT_INST_STATE_ is null or a.ACT_INST_STATE_ <> %d)
				  and not exists (select 1 from adoption_time_saved l where l.activity_instance_id = a.ID_)
				order by a.END_TIME_, a.ID_
				fetch first %d rows only""".formatted(variableTable, activityTable, processTable, CANCELED, PAGE),
				(rs, row) -> new FinishedActivity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), instant(rs, 10),
						instant(rs, 11), rs.getBigDecimal(12), rs.getString(13), rs.getString(14), rs.getBoolean(15),
						rs.getInt(16) == 1));
		if (page.isEmpty()) {
			return 0;
		}
		Set<String> counted = countedBefore(page);
		Map<String, NotCounted> notCounted = new HashMap<>();
		for (FinishedActivity activity : page) {
			if (!activity.succeeded()) {
				notCounted.put(activity.id(), NotCounted.NOT_SUCCEEDED);
			}
			else if (activity.oncePerBusinessKey() && activity.businessKey() != null
					&& !counted.add(activity.repeatKey())) {
				notCounted.put(activity.id(), NotCounted.ALREADY_COUNTED);
			}
		}
		Map<String, Instant> claims = lastClaims(page.stream()
			.filter(activity -> activity.taskId() != null)
			.map(FinishedActivity::taskId)
			.toList());
		jdbc.batchUpdate("""
				insert into adoption_time_saved (activity_instance_id, process_instance_id, process_definition_id,
				  process_key, process_name, activity_id, activity_name, activity_type, trend, ended_at, ended_on,
				  ended_month, baseline_seconds, handling_seconds, saved_seconds, business_key, counted, not_counted_reason)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", page, page.size(), (statement, activity) -> {
			Saving saving = "userTask".equals(activity.activityType())
					? Saving.userTask(activity.manualMinutes(), activity.started(), claims.get(activity.taskId()),
							activity.ended())
					: Saving.automated(activity.manualMinutes());
			NotCounted reason = notCounted.get(activity.id());
			LocalDate day = activity.ended().atZone(properties.timeZone()).toLocalDate();
			statement.setString(1, activity.id());
			statement.setString(2, activity.processInstanceId());
			statement.setString(3, activity.processDefinitionId());
			statement.setString(4, activity.processKey());
			statement.setString(5, activity.processName());
			statement.setString(6, activity.activityId());
			statement.setString(7, activity.activityName());
			statement.setString(8, activity.activityType());
			statement.setString(9, activity.trend());
			statement.setTimestamp(10, Timestamp.from(activity.ended()));
			statement.setObject(11, day);
			statement.setString(12, Months.of(day));
			statement.setLong(13, saving.baselineSeconds());
			statement.setObject(14, saving.handlingSeconds());
			statement.setLong(15, reason == null ? saving.savedSeconds() : 0);
			statement.setString(16, activity.businessKey());
			statement.setBoolean(17, reason == null);
			statement.setString(18, reason == null ? null : reason.name());
		});
		return page.size();
	}

	/** The steps of this page's business keys (where a model counts once per key) already counted. */
	private Set<String> countedBefore(List<FinishedActivity> page) {
		Set<String> counted = new HashSet<>();
		List<String> keys = page.stream()
			.filter(activity -> activity.oncePerBusinessKey() && activity.businessKey() != null)
			.map(FinishedActivity::businessKey)
			.distinct()
			.toList();
		if (!keys.isEmpty()) {
			named.query("""
					select process_key, business_key, activity_id from adoption_time_saved
					where counted = true and business_key in (:keys)""", new MapSqlParameterSource("keys", keys), rs -> {
				counted.add(repeatKey(rs.getString(1), rs.getString(2), rs.getString(3)));
			});
		}
		return counted;
	}

	/** When each task was last claimed (assigned), from the identity link history. */
	private Map<String, Instant> lastClaims(List<String> taskIds) {
		Map<String, Instant> claims = new HashMap<>();
		if (taskIds.isEmpty()) {
			return claims;
		}
		named.query("""
				select TASK_ID_, max(TIMESTAMP_) from %s
				where TYPE_ = 'assignee' and OPERATION_TYPE_ = 'add' and TASK_ID_ in (:tasks)
				group by TASK_ID_""".formatted(identityLinkTable), new MapSqlParameterSource("tasks", taskIds),
				rs -> {
					claims.put(rs.getString(1), instant(rs, 2));
				});
		return claims;
	}

	private record FinishedProcess(String id, String processDefinitionId, String processKey, String state,
			String endActivityId, Instant started, Instant ended, String businessKey, Instant firstStarted,
			boolean automaticDecision) {
	}

	private int addProcessRuns() {
		List<FinishedProcess> page = jdbc.query("""
				select p.ID_, p.PROC_DEF_ID_, p.PROC_DEF_KEY_, p.STATE_, p.END_ACT_ID_, p.START_TIME_, p.END_TIME_,
				       p.BUSINESS_KEY_,
				       (select min(f.START_TIME_) from %1$s f where f.PROC_DEF_KEY_ = p.PROC_DEF_KEY_
				          and f.BUSINESS_KEY_ = p.BUSINESS_KEY_) as first_started,
				       case when exists (select 1 from %2$s d join adoption_model m on m.process_definition_id = d.PROC_DEF_ID_
				              where d.PROC_INST_ID_ = p.ID_ and d.ACT_ID_ = m.decision_activity and d.END_TIME_ is not null)
				         and exists (select 1 from %3$s v join adoption_model m on m.process_definition_id = p.PROC_DEF_ID_
				              where v.PROC_INST_ID_ = p.ID_ and v.NAME_ = m.decision_variable and v.LONG_ = 1)
				         and exists (select 1 from %2$s s where s.PROC_INST_ID_ = p.ID_ and s.ACT_ID_ = p.START_ACT_ID_
				              and lower(s.ACT_TYPE_) like '%%start%%')
				         and not exists (select 1 from %4$s o where o.PROC_INST_ID_ = p.ID_
				              and o.OPERATION_TYPE_ = 'ModifyProcessInstance')
				       then 1 else 0 end as automatic_decision
				from %1$s p
				where p.END_TIME_ is not null
				  and not exists (select 1 from adoption_process_run r where r.process_instance_id = p.ID_)
				order by p.END_TIME_, p.ID_
				fetch first %5$d rows only""".formatted(processTable, activityTable, variableTable, operationLogTable, PAGE),
				(rs, row) -> new FinishedProcess(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), instant(rs, 6), instant(rs, 7), rs.getString(8), instant(rs, 9),
						rs.getInt(10) == 1));
		if (page.isEmpty()) {
			return 0;
		}
		Map<String, Integer> userTasks = new HashMap<>();
		named.query("""
				select PROC_INST_ID_, count(*) from %s
				where ACT_TYPE_ = 'userTask' and PROC_INST_ID_ in (:ids)
				group by PROC_INST_ID_""".formatted(activityTable),
				new MapSqlParameterSource("ids", page.stream().map(FinishedProcess::id).toList()),
				rs -> {
					userTasks.put(rs.getString(1), rs.getInt(2));
				});
		jdbc.batchUpdate("""
				insert into adoption_process_run (process_instance_id, process_definition_id, process_key, state,
				  end_activity_id, started_at, ended_at, ended_on, ended_month, duration_seconds, user_tasks, business_key,
				  automatic_decision, lead_seconds)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", page, page.size(), (statement, process) -> {
			LocalDate day = process.ended().atZone(properties.timeZone()).toLocalDate();
			statement.setString(1, process.id());
			statement.setString(2, process.processDefinitionId());
			statement.setString(3, process.processKey() == null ? "" : process.processKey());
			statement.setString(4, process.state());
			statement.setString(5, process.endActivityId());
			statement.setTimestamp(6, Timestamp.from(process.started()));
			statement.setTimestamp(7, Timestamp.from(process.ended()));
			statement.setObject(8, day);
			statement.setString(9, Months.of(day));
			statement.setLong(10, Math.max(0, Duration.between(process.started(), process.ended()).toSeconds()));
			statement.setInt(11, userTasks.getOrDefault(process.id(), 0));
			statement.setString(12, process.businessKey());
			statement.setBoolean(13, process.automaticDecision());
			Instant first = process.firstStarted() == null || process.firstStarted().isAfter(process.started())
					? process.started() : process.firstStarted();
			statement.setLong(14, Math.max(0, Duration.between(first, process.ended()).toSeconds()));
		});
		return page.size();
	}

	private static String repeatKey(String processKey, String businessKey, String activityId) {
		return processKey + "\u0000" + businessKey + "\u0000" + activityId;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
