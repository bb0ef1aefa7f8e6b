package de.kmuflow.adoption.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The figures, summed up by the database from the ledger (never row by row in memory). */
@Component
class AdoptionFigures {

	/** The key of time saved by steps whose model names no trend. */
	static final String NO_TREND = "NONE";
	/** Steps that saved something; those kept only for the drill-down (failed, repeated) are not counted. */
	private static final String COUNTED = "coalesce(sum(case when counted then 1 else 0 end), 0)";

	/** An invoice: its process instances share the business key; one without a key stands alone. */
	private static final String INVOICE = "coalesce(business_key, process_instance_id)";

	private final JdbcTemplate jdbc;
	private final TrendRepository trends;
	private final AdoptionProperties properties;

	AdoptionFigures(JdbcTemplate jdbc, TrendRepository trends, AdoptionProperties properties) {
		this.jdbc = jdbc;
		this.trends = trends;
		this.properties = properties;
	}

	TimeSavedReport timeSaved(LocalDate from, LocalDate to, GroupBy groupBy) {
		checkRange(from, to);
		List<TimeSavedReport.Sum> sums = switch (groupBy) {
			case MONTH -> byMonth(from, to);
			case PROCESS -> jdbc.query("""
					select process_key, max(process_name), %s, sum(saved_seconds) from adoption_time_saved
					where ended_on between ? and ? group by process_key order by sum(saved_seconds) desc, process_key""".formatted(COUNTED),
					(rs, row) -> new TimeSavedReport.Sum(rs.getString(1), label(rs.getString(2), rs.getString(1)),
							rs.getString(1), null, rs.getLong(3), rs.getLong(4)),
					Date.valueOf(from), Date.valueOf(to));
			case ACTIVITY -> jdbc.query("""
					select process_key, activity_id, max(activity_name), %s, sum(saved_seconds)
					from adoption_time_saved where ended_on between ? and ?
					group by process_key, activity_id order by sum(saved_seconds) desc, process_key, activity_id""".formatted(COUNTED),
					(rs, row) -> new TimeSavedReport.Sum(rs.getString(1) + "/" + rs.getString(2),
							label(rs.getString(3), rs.getString(2)), rs.getString(1), rs.getString(2), rs.getLong(4),
							rs.getLong(5)),
					Date.valueOf(from), Date.valueOf(to));
			case TREND -> byTrend(from, to);
		};
		return TimeSavedReport.of(from, to, groupBy, sums);
	}

	/** Every month of the range, those without savings as zero, so a chart shows the gaps. */
	private List<TimeSavedReport.Sum> byMonth(LocalDate from, LocalDate to) {
		Map<String, long[]> found = new HashMap<>();
		jdbc.query("""
				select ended_month, %s, sum(saved_seconds) from adoption_time_saved
				where ended_on between ? and ? group by ended_month""".formatted(COUNTED),
				rs -> {
					found.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
				}, Date.valueOf(from), Date.valueOf(to));
		return Months.between(from, to).stream().map(month -> {
			long[] sum = found.getOrDefault(month, new long[2]);
			return new TimeSavedReport.Sum(month, month, null, null, sum[0], sum[1]);
		}).toList();
	}

	/** Every trend of the table (in its order), then steps without a trend and unknown trend names. */
	private List<TimeSavedReport.Sum> byTrend(LocalDate from, LocalDate to) {
		Map<String, long[]> found = new LinkedHashMap<>();
		jdbc.query("""
				select trend, %s, sum(saved_seconds) from adoption_time_saved
				where ended_on between ? and ? group by trend order by trend""".formatted(COUNTED),
				rs -> {
					String trend = rs.getString(1);
					found.put(trend == null ? NO_TREND : trend, new long[] { rs.getLong(2), rs.getLong(3) });
				}, Date.valueOf(from), Date.valueOf(to));
		List<TimeSavedReport.Sum> sums = new ArrayList<>();
		for (TrendEntity trend : trends.findAllByOrderBySortOrder()) {
			long[] sum = found.remove(trend.id);
			sum = sum == null ? new long[2] : sum;
			sums.add(new TimeSavedReport.Sum(trend.id, trend.name, null, null, sum[0], sum[1]));
		}
		found.forEach((key, sum) -> sums.add(new TimeSavedReport.Sum(key,
				NO_TREND.equals(key) ? "ohne Trend" : key, null, null, sum[0], sum[1])));
		return sums;
	}

	/**
	 * Invoices, each counted once however many process instances touched it (by business key, the
	 * invoice id). An invoice belongs to the period its last completed instance finished in; it
	 * needed no person when none of its instances had a user task and the one that ended posted
	 * passed the model's automatic decision. Lead time: from its first instance's start to its
	 * first posting. {@link AdoptionDrillDown#invoices} lists the same invoices.
	 */
	InvoiceFigures invoices(LocalDate from, LocalDate to) {
		checkRange(from, to);
		long[] finished = jdbc.queryForObject("""
				select count(*), coalesce(sum(case when user_tasks = 0 and automatic = 1 then 1 else 0 end), 0)
				from (select max(case when state = 'COMPLETED' then ended_on end) as last_on,
				        max(user_tasks) as user_tasks,
				        max(case when end_activity_id = ? and automatic_decision then 1 else 0 end) as automatic
				      from adoption_process_run where process_key = ? group by %s) invoices
				where last_on between ? and ?""".formatted(INVOICE),
				(rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }, properties.invoicePostedEnd(),
				properties.invoiceProcess(), Date.valueOf(from), Date.valueOf(to));
		Map<String, long[]> posted = new HashMap<>();
		jdbc.query("""
				select posted_month, count(*), sum(lead) from (
				  select min(ended_on) as posted_on, min(ended_month) as posted_month, min(lead_seconds) as lead
				  from adoption_process_run where process_key = ? and end_activity_id = ? group by %s) postings
				where posted_on between ? and ? group by posted_month""".formatted(INVOICE),
				rs -> {
					posted.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
				}, properties.invoiceProcess(), properties.invoicePostedEnd(), Date.valueOf(from), Date.valueOf(to));
		long postedCount = 0;
		long postedSeconds = 0;
		List<InvoiceFigures.Month> months = new ArrayList<>();
		for (String month : Months.between(from, to)) {
			long[] sum = posted.getOrDefault(month, new long[2]);
			postedCount += sum[0];
			postedSeconds += sum[1];
			months.add(new InvoiceFigures.Month(month, sum[0], averageHours(sum[1], sum[0]), average(sum[1], sum[0])));
		}
		return new InvoiceFigures(from, to, finished[0], finished[1], TimeSavedReport.percent(finished[1], finished[0]),
				postedCount, averageHours(postedSeconds, postedCount), average(postedSeconds, postedCount), months);
	}

	private static Long average(long seconds, long count) {
		return count == 0 ? null : Math.round((double) seconds / count);
	}

	private static BigDecimal averageHours(long seconds, long count) {
		return count == 0 ? null
				: BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(count * 3600L), 2, RoundingMode.HALF_UP);
	}

	private static String label(String name, String id) {
		return name == null || name.isBlank() ? id : name;
	}

	private static void checkRange(LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("Der Zeitraum endet vor seinem Beginn (from is after to)");
		}
		if (from.plusYears(20).isBefore(to)) {
			throw new IllegalArgumentException("Der Zeitraum ist länger als 20 Jahre");
		}
	}
}
