package de.kmuflow.adoption.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import de.kmuflow.adoption.Trend;
import de.kmuflow.adoption.internal.CyberCatalogue.Requirement;
import de.kmuflow.adoption.internal.CyberScore.Answer;
import de.kmuflow.adoption.internal.TrendViews.MeasureView;
import de.kmuflow.adoption.internal.TrendViews.NewMeasure;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The cyber self-checks: answers stored and scored, the report of what is missing, and open
 * requirements adopted as measures of the Cybersicherheit trend (so its adoption score moves with
 * the work that follows).
 */
@Service
class CyberSelfChecks {

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final JdbcTemplate jdbc;
	private final TrendService trends;
	private final AdoptionProperties properties;

	CyberSelfChecks(JdbcTemplate jdbc, TrendService trends, AdoptionProperties properties) {
		this.jdbc = jdbc;
		this.trends = trends;
		this.properties = properties;
	}

	/** One check as listed over time. */
	record Summary(long id, Instant answeredAt, LocalDate answeredOn, String answeredBy, int score,
			CyberScore.Status status, int openRequirements) {
	}

	/** An open requirement of a check, with the measure it became (null while it is none). */
	record OpenItem(Requirement requirement, Answer answer, Long measureId) {
	}

	record Report(Summary check, CyberScore.Result result, List<OpenItem> open) {
	}

	/**
	 * Scores and stores the answers of a check. The moment is the engine's clock, so a check run on
	 * a moved clock (tests, replays) is dated where it ran.
	 */
	@Transactional
	Report record(String processInstanceId, Map<String, Answer> answers, String user) {
		CyberScore.Result result = CyberScore.of(answers);
		Instant now = ClockUtil.getCurrentTime().toInstant();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					insert into adoption_cyber_check (process_instance_id, answered_at, answered_by, score, status,
					  open_requirements) values (?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			statement.setString(1, processInstanceId);
			statement.setTimestamp(2, Timestamp.from(now));
			statement.setString(3, user);
			statement.setInt(4, result.score());
			statement.setString(5, result.status().name());
			statement.setInt(6, result.open().size());
			return statement;
		}, key);
		long id = key.getKey().longValue();
		jdbc.batchUpdate("insert into adoption_cyber_answer (check_id, requirement_id, answer) values (?, ?, ?)",
				CyberCatalogue.REQUIREMENTS, CyberCatalogue.REQUIREMENTS.size(), (statement, requirement) -> {
					statement.setLong(1, id);
					statement.setString(2, requirement.id());
					statement.setString(3, answers.get(requirement.id()).name());
				});
		return report(id);
	}

	@Transactional(readOnly = true)
	Report report(long id) {
		Summary check = jdbc.query("""
				select id, answered_at, answered_by, score, status, open_requirements from adoption_cyber_check
				where id = ?""", (rs, row) -> summary(rs), id).stream().findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Cyber-Check " + id + " gibt es nicht"));
		Map<String, Answer> answers = new LinkedHashMap<>();
		Map<String, Long> measures = new HashMap<>();
		jdbc.query("select requirement_id, answer, measure_id from adoption_cyber_answer where check_id = ?", rs -> {
			answers.put(rs.getString(1), Answer.valueOf(rs.getString(2)));
			long measure = rs.getLong(3);
			if (!rs.wasNull()) {
				measures.put(rs.getString(1), measure);
			}
		}, id);
		CyberScore.Result result = CyberScore.of(answers);
		List<OpenItem> open = result.open().stream()
			.map(item -> new OpenItem(item.requirement(), item.answer(), measures.get(item.requirement().id())))
			.toList();
		return new Report(check, result, open);
	}

	/** Every check, oldest first: the score over time. */
	@Transactional(readOnly = true)
	List<Summary> history() {
		return jdbc.query("""
				select id, answered_at, answered_by, score, status, open_requirements from adoption_cyber_check
				order by answered_at, id""", (rs, row) -> summary(rs));
	}

	Optional<Summary> latest() {
		List<Summary> all = history();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/**
	 * Makes an open requirement of a check a measure of the Cybersicherheit trend, once; returns
	 * the measure (the existing one when it was adopted before).
	 */
	@Transactional
	MeasureView adopt(long checkId, String requirementId, String owner, LocalDate due, String user) {
		Report report = report(checkId);
		OpenItem item = report.open().stream()
			.filter(open -> open.requirement().id().equals(requirementId))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Anforderung '" + requirementId
					+ "' ist in diesem Check nicht offen; nur offene Anforderungen werden Maßnahmen"));
		if (item.measureId() != null) {
			return trends.measures(false).stream().filter(measure -> measure.id() == item.measureId()).findFirst()
				.orElseThrow();
		}
		Requirement requirement = item.requirement();
		MeasureView measure = trends.addMeasure(Trend.CYBERSECURITY.name(), new NewMeasure(
				"Cyber-Check: " + requirement.title(), owner, due, null, null,
				"Aus dem Cyber-Selbstcheck vom " + GERMAN_DATE.format(report.check().answeredOn()) + ", Anforderung "
						+ requirement.id() + (requirement.top() ? " (Top-Anforderung)" : "") + ": "
						+ requirement.question()),
				user);
		jdbc.update("update adoption_cyber_answer set measure_id = ? where check_id = ? and requirement_id = ?",
				measure.id(), checkId, requirementId);
		return measure;
	}

	/** The report as text for the decision form: status, then what is missing, most important first. */
	static String reportText(Report report) {
		CyberScore.Result result = report.result();
		String head = "Ampel " + result.status().colour() + " – " + result.status().meaning() + ", Erfüllungsgrad "
				+ result.score() + " von 100, " + GermanText.countOf(result.open().size(), "offene Anforderung",
						"offene Anforderungen")
				+ " (davon " + result.openTop() + " Top).";
		if (report.open().isEmpty()) {
			return head;
		}
		return head + "\n" + report.open().stream()
			.map(item -> item.requirement().id() + " – " + (item.requirement().top() ? "TOP – " : "")
					+ item.requirement().title() + " (" + item.requirement().topic().germanName() + ", Antwort: "
					+ item.answer().word + ")")
			.collect(Collectors.joining("\n"));
	}

	private Summary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
		Instant answered = rs.getTimestamp(2).toInstant();
		return new Summary(rs.getLong(1), answered, LocalDate.ofInstant(answered, properties.timeZone()),
				rs.getString(3), rs.getInt(4), CyberScore.Status.valueOf(rs.getString(5)), rs.getInt(6));
	}
}
