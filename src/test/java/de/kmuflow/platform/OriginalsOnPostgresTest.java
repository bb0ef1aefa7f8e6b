package de.kmuflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.kmuflow.KmuFlowApplication;
import de.kmuflow.document.DocumentSource;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.intake.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Originals on PostgreSQL live in the database, where every node reads them and nobody changes them; a
 * node that cannot see the originals refuses to start; file-stored originals move over in one command.
 */
class OriginalsOnPostgresTest {

	private static final String DATABASE = "originals";

	@TempDir
	Path dataDirs;

	@Test
	void originalsMoveFromTheDataFolderIntoTheDatabaseWhereNodesShareThemAndNobodyChangesThem() throws Exception {
		PostgresServer server = PostgresServer.shared();
		server.createDatabase(DATABASE);
		Path firstNode = dataDirs.resolve("node-1");
		byte[] invoice = TestDocuments.eInvoice("ORIG-1");
		DocumentStore.Stored stored;

		// given a node that kept its originals in its data folder
		try (ConfigurableApplicationContext node = start(server, firstNode, "file")) {
			stored = node.getBean(DocumentStore.class)
				.store(invoice, "application/xml", "rechnung.xml", DocumentSource.API, null, "paula");
		}

		// then a second node with a data folder of its own refuses to start: it could not read them
		assertThatThrownBy(() -> start(server, dataDirs.resolve("node-2"), "file").close()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("sieht die Dokumente der anderen Knoten nicht")
			.hasMessageContaining("kmuflow.documents.store=database");
		// and so does a node on the database store before the originals were moved
		assertThatThrownBy(() -> start(server, dataDirs.resolve("node-2"), "database").close()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("1 Originale liegen noch nicht in der Datenbank")
			.hasMessageContaining("migrate-documents");

		// when they are moved with the one command
		assertThat(KmuFlowApplication.migrateDocuments(settings(server, firstNode, "database"))).isZero();

		// then another node reads them from the database, unchanged
		try (ConfigurableApplicationContext node = start(server, dataDirs.resolve("node-2"), "database")) {
			assertThat(node.getBean(DocumentStore.class).content(stored.document().id())).isEqualTo(invoice);
			JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
			// and not even the application's own role may change or delete an original
			assertThatThrownBy(() -> jdbc.update("update document_content set content = ?", (Object) new byte[] { 1 }))
				.rootCause().hasMessageContaining("Originale sind unveränderlich");
			assertThatThrownBy(() -> jdbc.update("delete from document_content"))
				.rootCause().hasMessageContaining("Originale sind unveränderlich");
			assertThatThrownBy(() -> jdbc.update("delete from document")).rootCause()
				.hasMessageContaining("Originale sind unveränderlich");
			assertThat(jdbc.queryForObject("select count(*) from document_content", Long.class)).isEqualTo(1);
		}
		// and moving again finds every original there and checks it
		assertThat(KmuFlowApplication.migrateDocuments(settings(server, firstNode, "database"))).isZero();
	}

	@Test
	void migrationFailsOnAnAlteredOriginal() throws Exception {
		PostgresServer server = PostgresServer.shared();
		server.createDatabase(DATABASE + "_altered");
		Path node = dataDirs.resolve("altered");
		String sha256;
		try (ConfigurableApplicationContext context = start(server, node, "file", DATABASE + "_altered")) {
			sha256 = context.getBean(DocumentStore.class)
				.store(TestDocuments.eInvoice("ORIG-2"), "application/xml", "r.xml", DocumentSource.API, null, "paula")
				.document().sha256();
		}
		Path file = node.resolve("documents").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
		file.toFile().setWritable(true);
		java.nio.file.Files.writeString(file, "<Invoice>verändert</Invoice>");

		assertThat(KmuFlowApplication.migrateDocuments(settings(server, node, "database", DATABASE + "_altered")))
			.isEqualTo(1);
	}

	private static ConfigurableApplicationContext start(PostgresServer server, Path dataDir, String store) {
		return start(server, dataDir, store, DATABASE);
	}

	private static ConfigurableApplicationContext start(PostgresServer server, Path dataDir, String store,
			String database) {
		return new SpringApplicationBuilder(KmuFlowApplication.class).web(WebApplicationType.NONE)
			.run(settings(server, dataDir, store, database));
	}

	private static String[] settings(PostgresServer server, Path dataDir, String store) {
		return settings(server, dataDir, store, DATABASE);
	}

	private static String[] settings(PostgresServer server, Path dataDir, String store, String database) {
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres", "--kmuflow.data-dir=" + dataDir,
				"--kmuflow.documents.store=" + store, "--camunda.bpm.generate-unique-process-engine-name=true",
				"--camunda.bpm.generate-unique-process-application-name=true",
				"--camunda.bpm.job-execution.enabled=false", "--spring.jmx.enabled=false",
				"--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"));
		server.springProperties(database).forEach(property -> args.add("--" + property));
		return args.toArray(String[]::new);
	}
}
