package de.kmuflow.platform;

import de.kmuflow.testsupport.FreePorts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import de.kmuflow.intake.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node of the packaged jar imports a watched folder while files keep arriving, among them scans that
 * need OCR; it is killed with SIGKILL while a scan is being read (OCR) and started again. Afterwards every file is
 * accounted for: imported (one stored document with one invoice that has been read) or refused with a
 * reason beside it; none is left in the inbox, nothing is doubled, no incident.
 */
class RestartIT {

	private static final List<String> SCANS = List.of("scan-300dpi-heizungsbau-petersen.pdf", "scan-300dpi-maler-vogt.pdf",
			"scan-200dpi-kanzlei-weidmann.pdf", "scan-200dpi-elektro-kessler.pdf", "scan-300dpi-feinkost-2-pages.pdf",
			"scan-200dpi-gaertnerei-lindenhof.png");

	@TempDir
	Path work;

	@Test
	void nodeKilledDuringFolderImportAndOcrAccountsForEveryFileAfterRestart() throws Exception {
		Path jar = Path.of("target/kmu-flow.jar");
		assertThat(jar).as("the packaged jar (mvn package)").exists();
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		try (PostgresServer postgres = PostgresServer.start()) {
			postgres.createDatabase("kmuflow");
			NodeProcess node = new NodeProcess("node", jar, work, postgres, FreePorts.any(),
					List.of("--kmuflow.intake.folder.inbox=" + inbox, "--kmuflow.intake.folder.cron=*/2 * * * * *",
							"--kmuflow.intake.folder.min-age=0s", "--kmuflow.intake.folder.stale-after=10s"));
			List<String> report = new ArrayList<>();
			try (Connection db = DriverManager.getConnection(postgres.jdbcUrl("kmuflow"), PostgresServer.USER, "")) {
				node.launch();
				report.add("start: " + node.awaitUp(Duration.ofMinutes(5)).toMillis() + " ms");

				// files keep arriving: e-invoices, scans and one that is no invoice
				List<Path> files = files();
				ExecutorService arriving = Executors.newSingleThreadExecutor();
				Future<?> delivered = arriving.submit(() -> {
					for (Path file : files) {
						Path part = inbox.resolve("." + file.getFileName() + ".part");
						Files.copy(file, part);
						Files.move(part, inbox.resolve(file.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
						Thread.sleep(300);
					}
					return null;
				});

				// killed while a worker reads a scan (OCR) and files are still coming in
				long waited = System.nanoTime();
				while (ClusterIT.count(db, "select count(*) from act_ru_ext_task t join invoice i on i.process_instance_id"
						+ " = t.proc_inst_id_ join document d on d.id = i.document_id where t.lock_exp_time_ > now()"
						+ " and d.media_type <> 'application/xml'") == 0) {
					assertThat(System.nanoTime() - waited).as("a scan being read").isLessThan(Duration.ofMinutes(3).toNanos());
					Thread.sleep(100);
				}
				boolean stillArriving = !delivered.isDone();
				long waitingInInbox = waiting(inbox);
				node.kill();
				report.add("killed during OCR; files still arriving: " + stillArriving + ", waiting in the inbox: "
						+ waitingInInbox);
				node.launch();
				report.add("started again: " + node.awaitUp(Duration.ofMinutes(5)).toMillis() + " ms");
				delivered.get(5, TimeUnit.MINUTES);
				arriving.shutdown();

				long start = System.nanoTime();
				while (waiting(inbox) > 0) {
					assertThat(System.nanoTime() - start).as("inbox emptied").isLessThan(Duration.ofMinutes(3).toNanos());
					Thread.sleep(500);
				}
				report.add("settled " + ClusterIT.awaitSettled(postgres) + " ms after the inbox was empty");

				// every file is accounted for
				for (Path file : files) {
					String name = file.getFileName().toString();
					if (name.endsWith(".txt")) {
						assertThat(inbox.resolve("error").resolve(name)).exists();
						assertThat(inbox.resolve("error").resolve(name + ".reason.txt")).exists();
						continue;
					}
					assertThat(inbox.resolve("processed").resolve(name)).as(name).exists();
					assertThat(ClusterIT.count(db, "select count(*) from invoice i join document d on d.id = i.document_id"
							+ " where d.sha256 = '" + sha256(file) + "' and i.status <> 'RECEIVED'")).as(name).isEqualTo(1);
				}
				assertThat(ClusterIT.count(db, "select count(*) from document")).isEqualTo(files.size() - 1);
				assertThat(ClusterIT.count(db, "select count(*) from invoice")).isEqualTo(files.size() - 1);
				assertThat(ClusterIT.count(db, "select count(*) from act_ru_incident")).isZero();
				report.add("files: " + files.size() + ", invoices: " + ClusterIT.count(db, "select count(*) from invoice")
						+ ", refused with reason: 1");
			}
			finally {
				report.forEach(System.out::println);
				node.kill();
			}
		}
	}

	private List<Path> files() throws Exception {
		Path source = Files.createDirectories(work.resolve("source"));
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			files.add(Files.write(source.resolve("rechnung-" + i + ".xml"), TestDocuments.eInvoice("RS-" + i)));
			if (i % 7 == 2) {
				String scan = SCANS.get(i / 7);
				files.add(Files.copy(Path.of("sample-invoices", scan), source.resolve(scan)));
			}
			if (i == 20) {
				files.add(Files.writeString(source.resolve("anschreiben.txt"), "Sehr geehrte Damen und Herren"));
			}
		}
		return files;
	}

	private static long waiting(Path inbox) throws Exception {
		try (Stream<Path> entries = Files.list(inbox)) {
			return entries.filter(Files::isRegularFile).count();
		}
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}
}
