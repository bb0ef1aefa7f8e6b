package de.kmuflow.adoption.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a figure on the dashboard is made of, so a manager can check any number: the steps of the
 * ledger behind a time saved (also those that saved nothing, with the reason) and the invoices
 * behind an invoice figure, each with its process instances.
 */
@Component
class AdoptionDrillDown {

	/** The most rows one list shows; the CSV export and the API sum over all. */
	static final int LIMIT = 2000;

	private final JdbcTemplate jdbc;
	private final AdoptionProperties properties;

	AdoptionDrillDown(JdbcTemplate jdbc, AdoptionProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** Which steps: any filter may be null (all). */
	record StepFilter(String processKey, String activityId, String trend, String month) {
	}

	record Step(String processInstanceId, String businessKey, String processKey, String processName, String activityId,
			String activityName, String activityType, String trend, Instant endedAt, long baselineSeconds,
			Long handlingSeconds, long savedSeconds, boolean counted, String notCountedReason) {
	}

	/** Which invoices of the invoice figures. */
	enum InvoiceSet {
		FINISHED, UNTOUCHED, POSTED;

		static InvoiceSet parse(String value) {
			try {
				return value == null || value.isBlank() ? FINISHED : valueOf(value.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("which muss finished, untouched oder posted sein, nicht '" + value + "'");
			}
		}
	}

	record Invoice(String businessKey, String processInstanceIds, int instances, Instant lastEnded, int userTasks,
			boolean posted, boolean automaticDecision, Long leadSeconds) {
	}

	List<Step> steps(LocalDate from, LocalDate to, StepFilter filter) {
		StringBuilder sql = new StringBuilder("""
				select process_instance_id, business_key, process_key, process_name, activity_id, activity_name,
				       activity_type, trend, ended_at, baseline_seconds, handling_seconds, saved_seconds, counted,
				       not_counted_reason
				from adoption_time_saved where ended_on between ? and ?""");
		List<Object> arguments = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to)));
		condition(sql, arguments, "process_key", filter.processKey());
		condition(sql, arguments, "activity_id", filter.activityId());
		condition(sql, arguments, "ended_month", filter.month());
		if (AdoptionFigures.NO_TREND.equals(filter.trend())) {
			sql.append(" and trend is null");
		}
		else {
			condition(sql, arguments, "trend", filter.trend());
		}
		sql.append(" order by ended_at, activity_instance_id fetch first ").append(LIMIT).append(" rows only");
		return jdbc.query(sql.toString(), (rs, row) -> new Step(rs.getString(1), rs.getString(2), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), instant(rs.getTimestamp(9)),
				rs.getLong(10), (Long) rs.getObject(11, Long.class), rs.getLong(12), rs.getBoolean(13), rs.getString(14)),
				arguments.toArray());
	}

	/** The invoices behind the invoice figures of the period, by the same rules ({@link AdoptionFigures#invoices}). */
	List<Invoice> invoices(LocalDate from, LocalDate to, InvoiceSet which) {
		String having = switch (which) {
			case FINISHED -> "max(case when state = 'COMPLETED' then ended_on end) between ? and ?";
			case UNTOUCHED -> "max(case when state = 'COMPLETED' then ended_on end) between ? and ? and max(user_tasks) = 0"
					+ " and max(case when end_activity_id = ? and automatic_decision then 1 else 0 end) = 1";
			case POSTED -> "min(case when end_activity_id = ? then ended_on end) between ? and ?";
		};
		List<Object> arguments = new ArrayList<>(List.of(properties.invoicePostedEnd(), properties.invoicePostedEnd(),
				properties.invoicePostedEnd(), properties.invoiceProcess()));
		switch (which) {
			case FINISHED -> arguments.addAll(List.of(Date.valueOf(from), Date.valueOf(to)));
			case UNTOUCHED -> arguments.addAll(List.of(Date.valueOf(from), Date.valueOf(to), properties.invoicePostedEnd()));
			case POSTED -> arguments.addAll(List.of(properties.invoicePostedEnd(), Date.valueOf(from), Date.valueOf(to)));
		}
		return jdbc.query("""
				select coalesce(business_key, process_instance_id), min(process_instance_id), count(*), max(ended_at),
				       max(user_tasks), max(case when end_activity_id = ? then 1 else 0 end),
				       max(case when end_activity_id = ? and automatic_decision then 1 else 0 end),
				       min(case when end_activity_id = ? then lead_seconds end)
				from adoption_process_run where process_key = ?
				group by coalesce(business_key, process_instance_id)
				having %s
				order by max(ended_at) fetch first %d rows only""".formatted(having, LIMIT),
				(rs, row) -> new Invoice(rs.getString(1), instanceIds(rs.getString(1)), rs.getInt(3),
						instant(rs.getTimestamp(4)), rs.getInt(5), rs.getInt(6) == 1, rs.getInt(7) == 1,
						(Long) rs.getObject(8, Long.class)),
				arguments.toArray());
	}

	private String instanceIds(String invoice) {
		return String.join(", ", jdbc.queryForList("""
				select process_instance_id from adoption_process_run
				where process_key = ? and coalesce(business_key, process_instance_id) = ? order by started_at""",
				String.class, properties.invoiceProcess(), invoice));
	}

	private static void condition(StringBuilder sql, List<Object> arguments, String column, String value) {
		if (value != null && !value.isBlank()) {
			sql.append(" and ").append(column).append(" = ?");
			arguments.add(value.strip());
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
