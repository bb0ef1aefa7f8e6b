package de.kmuflow.document.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Originals in the table {@code document_content}, which every node on the database reads. On PostgreSQL
 * a trigger refuses any UPDATE or DELETE of them (migration V31).
 */
@Component
@ConditionalOnProperty(name = "kmuflow.documents.store", havingValue = "database")
class DatabaseOriginals implements Originals {

	private final JdbcTemplate jdbc;
	private final Clock clock;

	DatabaseOriginals(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void keep(String sha256, byte[] content) {
		if (!contains(sha256)) {
			// the same bytes kept by another transaction at this moment fail on the key: the caller tries again
			jdbc.update("insert into document_content (sha256, content, stored_at) values (?, ?, ?)", sha256, content,
					Timestamp.from(clock.instant()));
		}
	}

	boolean contains(String sha256) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select count(*) > 0 from document_content where sha256 = ?", Boolean.class, sha256));
	}

	@Override
	public Optional<byte[]> read(String sha256) {
		return jdbc.query("select content from document_content where sha256 = ?",
				(row, n) -> row.getBytes(1), sha256).stream().findFirst();
	}

	@Override
	public String where() {
		return "der Datenbank (Tabelle document_content)";
	}

	/** How many recorded documents have no bytes here. */
	long missing() {
		return jdbc.queryForObject("select count(*) from document d where not exists"
				+ " (select 1 from document_content c where c.sha256 = d.sha256)", Long.class);
	}
}
