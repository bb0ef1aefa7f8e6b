package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.kmuflow.extraction.DocumentKind;
import de.kmuflow.extraction.ExtractedInvoice;
import de.kmuflow.extraction.ExtractionJson;
import de.kmuflow.extraction.InvoiceField;
import de.kmuflow.platform.PostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A database of the time before corrections were rows of their own (columns plus a change log)
 * migrates to "what was read + corrections": the clerk's changes move over unchanged, the current
 * invoice is what the columns said, and the columns no query needs are gone. On H2 and PostgreSQL.
 */
class InvoiceCorrectionsMigrationTest {

	private static final String SCHEMA_HISTORY = "kmuflow_schema_history";

	@Test
	void anOldH2DatabaseKeepsItsCorrections() throws SQLException {
		String url = "jdbc:h2:mem:corrections-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		migrateAnOldDatabase(url, "sa", "classpath:db/migration");
	}

	@Test
	void anOldPostgresDatabaseKeepsItsCorrections() throws SQLException {
		PostgresServer server = PostgresServer.shared();
		String database = "corrections_" + UUID.randomUUID().toString().replace("-", "");
		server.createDatabase(database);
		migrateAnOldDatabase(server.jdbcUrl(database), PostgresServer.USER, "classpath:db/migration",
				"classpath:db/postgresql");
	}

	private void migrateAnOldDatabase(String url, String user, String... locations) throws SQLException {
		// given a database as the version before left it: an invoice read with one IBAN, corrected by clara
		flyway(url, user, "57", locations).migrate();
		UUID invoiceId = UUID.randomUUID();
		UUID ibanChange = UUID.randomUUID();
		ExtractedInvoice read = ExtractedInvoice.builder(DocumentKind.TEXT_PDF)
			.set(InvoiceField.INVOICE_NUMBER, "RE-4711")
			.set(InvoiceField.SELLER_NAME, "Muster GmbH")
			.set(InvoiceField.SELLER_IBAN, "DE02120300000000202051")
			.set(InvoiceField.NET_TOTAL, new BigDecimal("100.00"))
			.set(InvoiceField.GROSS_TOTAL, new BigDecimal("119.00"))
			.confidence("sellerIban", 0.4)
			.build();
		try (Connection db = DriverManager.getConnection(url, user, "")) {
			UUID documentId = UUID.randomUUID();
			update(db, "insert into document (id, sha256, size_bytes, media_type, source, received_at)"
					+ " values (?, ?, 3, 'application/pdf', 'API', ?)", documentId, "a".repeat(64), at(0));
			update(db, "insert into invoice (id, document_id, status, kind, invoice_number, seller_name, seller_iban,"
					+ " seller_address, net_total, gross_total, category, cost_centre, extraction, created_at, updated_at,"
					+ " version) values (?, ?, 'AWAITING_APPROVAL', 'TEXT_PDF', 'RE-4711', 'Muster GmbH', ?, 'Hauptstr. 1',"
					+ " 100.00, 119.00, 'Wareneinkauf', 'KST-7', ?, ?, ?, 3)", invoiceId, documentId,
					"DE89370400440532013000", ExtractionJson.toJson(null, read, null).toString(), at(0), at(60));
			change(db, UUID.randomUUID(), invoiceId, 10, "status", "EXTRACTED", "IN_REVIEW");
			change(db, ibanChange, invoiceId, 50, "sellerIban", "DE02120300000000202051", "DE89370400440532013000");
			change(db, UUID.randomUUID(), invoiceId, 50, "invoiceCategory", "Misc", "Wareneinkauf");
			change(db, UUID.randomUUID(), invoiceId, 50, "costCentre", null, "KST-7");
			change(db, UUID.randomUUID(), invoiceId, 60, "status", "IN_REVIEW", "AWAITING_APPROVAL");
		}

		// when it is migrated
		flyway(url, user, "58", locations).migrate();

		try (Connection db = DriverManager.getConnection(url, user, "")) {
			// then the clerk's changes are corrections, with who and when, under their old ids
			List<InvoiceCorrectionEntity> corrections = corrections(db, invoiceId);
			assertThat(corrections).extracting(c -> c.field)
				.containsExactlyInAnyOrder("sellerIban", "invoiceCategory", "costCentre");
			InvoiceCorrectionEntity iban = corrections.stream().filter(c -> c.field.equals("sellerIban")).findFirst()
				.orElseThrow();
			assertThat(iban.id).isEqualTo(ibanChange);
			assertThat(iban.correctedBy).isEqualTo("clara");
			assertThat(iban.correctedAt).isEqualTo(at(50).toInstant());
			assertThat(iban.oldValue).isEqualTo("DE02120300000000202051");

			// and the change log keeps the life cycle only
			assertThat(strings(db, "select field from invoice_change where invoice_id = ?", invoiceId))
				.containsExactly("status", "status");

			// and the current invoice is what the columns said
			InvoiceEntity invoice = new InvoiceEntity(UUID.randomUUID(), "paula", Instant.EPOCH);
			invoice.kind = "TEXT_PDF";
			invoice.extraction = strings(db, "select extraction from invoice where id = ?", invoiceId).get(0);
			ExtractedInvoice current = InvoiceRecords.apply(InvoiceRecords.read(invoice), corrections);
			assertThat(current.sellerIban()).isEqualTo("DE89370400440532013000");
			assertThat(current.get(InvoiceField.COST_CENTRE)).isEqualTo("KST-7");
			assertThat(current.get(InvoiceField.CATEGORY)).isEqualTo("Wareneinkauf");
			assertThat(current.netTotal()).isEqualByComparingTo("100.00");
			assertThat(current.confidence()).containsEntry("sellerIban", 0.4);

			// and the columns no query needs are gone; those queries need are there
			assertThatThrownBy(() -> strings(db, "select seller_address from invoice where id = ?", invoiceId))
				.isInstanceOf(SQLException.class);
			assertThat(strings(db, "select seller_iban from invoice where id = ?", invoiceId))
				.containsExactly("DE89370400440532013000");
		}
	}

	private static Flyway flyway(String url, String user, String target, String... locations) {
		return Flyway.configure()
			.dataSource(url, user, "")
			.locations(locations)
			.table(SCHEMA_HISTORY)
			.target(target)
			.load();
	}

	private static Timestamp at(int seconds) {
		return Timestamp.from(Instant.parse("2026-03-01T10:00:00Z").plusSeconds(seconds));
	}

	private static void change(Connection db, UUID id, UUID invoiceId, int second, String field, String before,
			String after) throws SQLException {
		update(db, "insert into invoice_change (id, invoice_id, changed_at, changed_by, field, old_value, new_value)"
				+ " values (?, ?, ?, 'clara', ?, ?, ?)", id, invoiceId, at(second), field, before, after);
	}

	private static void update(Connection db, String sql, Object... values) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			statement.executeUpdate();
		}
	}

	private static List<String> strings(Connection db, String sql, UUID id) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setObject(1, id);
			List<String> values = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					values.add(rows.getString(1));
				}
			}
			return values;
		}
	}

	private static List<InvoiceCorrectionEntity> corrections(Connection db, UUID invoiceId) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement("select id, field, old_value, new_value, corrected_by,"
				+ " corrected_at, reason from invoice_correction where invoice_id = ? order by corrected_at, id")) {
			statement.setObject(1, invoiceId);
			List<InvoiceCorrectionEntity> corrections = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					InvoiceCorrectionEntity correction = new InvoiceCorrectionEntity(invoiceId, rows.getString("field"),
							rows.getString("old_value"), rows.getString("new_value"), rows.getString("corrected_by"),
							rows.getTimestamp("corrected_at").toInstant(), rows.getString("reason"));
					correction.id = rows.getObject("id", UUID.class);
					corrections.add(correction);
				}
			}
			return corrections;
		}
	}
}
