package de.kmuflow.intake.internal.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import de.kmuflow.document.DocumentStore;
import de.kmuflow.intake.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real job {@code invoiceFolderImport} on folders of the test's own, run by Boot's launcher in
 * the test's thread: counts, where each file ends up, and exactly-once after a failed run.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(InterruptingIntake.Wiring.class)
class FolderImportJobTest {

	@Autowired
	JobLauncher jobLauncher;

	@Autowired
	Job invoiceFolderImport;

	@Autowired
	InterruptingIntake intake;

	@Autowired
	DocumentStore documents;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path root;

	@Test
	void importsGoodFilesCountsDuplicatesAndExplainsRefusals() throws Exception {
		// given an inbox with three invoices, a copy of one of them, an empty file and a letter
		ImportFolders folders = folders();
		byte[] ubl = TestDocuments.eInvoice("FI-" + System.nanoTime());
		write(folders.inbox(), "rechnung-ubl.xml", ubl);
		write(folders.inbox(), "rechnung-cii.xml", TestDocuments.ciiInvoice());
		write(folders.inbox(), "scan-0001.pdf", TestDocuments.textPdf("FI-PDF-" + System.nanoTime()));
		write(folders.inbox(), "rechnung-ubl-kopie.xml", ubl);
		write(folders.inbox(), "leer.pdf", new byte[0]);
		write(folders.inbox(), "anschreiben.txt", "Sehr geehrte Damen und Herren,".getBytes(StandardCharsets.UTF_8));
		long documentsBefore = documents.count();
		long invoicesBefore = invoices();

		// when the job runs
		JobExecution execution = jobLauncher.run(invoiceFolderImport, folders.toJobParameters(System.nanoTime()));

		// then three invoices are made, the copy is known as a duplicate, the two others are refused with reasons
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StepExecution step = execution.getStepExecutions().iterator().next();
		assertThat(step.getReadCount()).isEqualTo(6);
		assertThat(step.getWriteCount()).isEqualTo(4);
		assertThat(step.getProcessSkipCount()).isEqualTo(2);
		assertThat(step.getExecutionContext().getLong(FolderImportCounts.TOTAL)).isEqualTo(6);
		assertThat(step.getExecutionContext().getLong(FolderImportCounts.SUBMITTED)).isEqualTo(3);
		assertThat(step.getExecutionContext().getLong(FolderImportCounts.DUPLICATES)).isEqualTo(1);
		assertThat(step.getExecutionContext().getLong(FolderImportCounts.ERRORS)).isEqualTo(2);
		assertThat(documents.count() - documentsBefore).isEqualTo(3);
		assertThat(invoices() - invoicesBefore).isEqualTo(3);

		assertThat(names(folders.inbox())).isEmpty();
		assertThat(names(folders.processed())).containsExactlyInAnyOrder("rechnung-ubl.xml", "rechnung-cii.xml",
				"scan-0001.pdf", "rechnung-ubl-kopie.xml");
		assertThat(names(folders.error())).containsExactlyInAnyOrder("leer.pdf", "leer.pdf.reason.txt",
				"anschreiben.txt", "anschreiben.txt.reason.txt");
		assertThat(Files.readString(folders.error().resolve("leer.pdf.reason.txt"))).contains("leer.pdf ist leer");
		assertThat(Files.readString(folders.error().resolve("anschreiben.txt.reason.txt")))
			.contains("keine Rechnung im Format PDF");

		// and the stored originals say where they came from
		assertThat(jdbc.queryForList("select origin from document where source = 'FOLDER' and original_name = ?",
				String.class, "scan-0001.pdf"))
			.anySatisfy(origin -> assertThat(origin).isEqualTo(folders.inbox().resolve("scan-0001.pdf").toString()));
	}

	@Test
	void restartAfterFailureSubmitsEveryFileExactlyOnce() throws Exception {
		// given 25 invoices waiting, and a failure after the 15th submission: the second chunk dies
		ImportFolders folders = folders();
		for (int i = 1; i <= 25; i++) {
			write(folders.inbox(), "rechnung-" + i + ".xml", TestDocuments.eInvoice("RS-" + System.nanoTime() + "-" + i));
		}
		long documentsBefore = documents.count();
		long invoicesBefore = invoices();
		JobParameters parameters = folders.toJobParameters(System.nanoTime());
		intake.failAfter(15);

		JobExecution failed = jobLauncher.run(invoiceFolderImport, parameters);

		// then the first chunk is done and moved, the rest waits; no invoice exists for a file still waiting
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(names(folders.processed())).hasSize(10);
		assertThat(names(folders.inbox())).hasSize(15);
		assertThat(invoices() - invoicesBefore).isEqualTo(10);

		// when the same job instance is restarted
		JobExecution restarted = jobLauncher.run(invoiceFolderImport, parameters);

		// then every file has become exactly one invoice from exactly one stored document
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(failed.getJobInstance().getInstanceId());
		assertThat(names(folders.inbox())).isEmpty();
		assertThat(names(folders.processed())).hasSize(25);
		assertThat(documents.count() - documentsBefore).isEqualTo(25);
		assertThat(invoices() - invoicesBefore).isEqualTo(25);
		assertThat(jdbc.queryForObject("""
				select count(*) from (select d.id from document d join invoice i on i.document_id = d.id
				where d.original_name like 'rechnung-%' group by d.id having count(*) > 1) twice""", Long.class))
			.isZero();
		StepExecution step = restarted.getStepExecutions().iterator().next();
		assertThat(step.getExecutionContext().getLong(FolderImportCounts.SUBMITTED)).isEqualTo(15);
		assertThat(step.getExecutionContext().getLong(FolderImportCounts.DUPLICATES)).isZero();
	}

	@Test
	void aThousandFilesInOneRun() throws Exception {
		// given 1,000 small e-invoices
		ImportFolders folders = folders();
		String run = Long.toString(System.nanoTime());
		for (int i = 1; i <= 1000; i++) {
			write(folders.inbox(), String.format("eingang-%04d.xml", i), TestDocuments.eInvoice("TS-" + run + "-" + i));
		}
		long invoicesBefore = invoices();
		Runtime runtime = Runtime.getRuntime();
		runtime.gc();
		long usedBefore = runtime.totalMemory() - runtime.freeMemory();
		long start = System.nanoTime();

		JobExecution execution = jobLauncher.run(invoiceFolderImport, folders.toJobParameters(System.nanoTime()));

		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(invoices() - invoicesBefore).isEqualTo(1000);
		assertThat(names(folders.inbox())).isEmpty();
		assertThat(names(folders.processed())).hasSize(1000);
		StepExecution step = execution.getStepExecutions().iterator().next();
		assertThat(step.getCommitCount()).isGreaterThanOrEqualTo(100);
		runtime.gc();
		long retained = runtime.totalMemory() - runtime.freeMemory() - usedBefore;
		System.out.printf("folder import: 1000 files in %.1f s (%.0f files/s), heap retained %d MiB%n",
				took.toMillis() / 1000.0, 1000 / (took.toMillis() / 1000.0), retained >> 20);
		// nothing of the files is kept: what stays is the database's growth (in memory in tests)
		assertThat(retained).isLessThan(256L << 20);
		assertThat(took).isLessThan(Duration.ofSeconds(120));
	}

	@Test
	void aFolderThatMustStayAsItIsIsCopiedNotMoved() throws Exception {
		// given a read-only source such as the repository's sample-invoices/, imported with keep-originals
		Path samples = root.resolve("samples");
		write(samples, "xrechnung-ubl.xml", TestDocuments.eInvoice("KO-" + System.nanoTime()));
		write(samples, "xrechnung-cii.xml", TestDocuments.ciiInvoice());
		ImportFolders folders = new ImportFolders(samples, root.resolve("demo/processed"), root.resolve("demo/error"),
				true, Duration.ZERO);

		JobExecution first = jobLauncher.run(invoiceFolderImport, folders.toJobParameters(System.nanoTime()));

		// then the source is untouched, copies are in processed, and the next run has nothing left to read
		assertThat(first.getStepExecutions().iterator().next().getExecutionContext().getLong(FolderImportCounts.SUBMITTED))
			.isEqualTo(2);
		assertThat(names(samples)).containsExactlyInAnyOrder("xrechnung-ubl.xml", "xrechnung-cii.xml");
		assertThat(names(folders.processed())).containsExactlyInAnyOrder("xrechnung-ubl.xml", "xrechnung-cii.xml");
		JobExecution second = jobLauncher.run(invoiceFolderImport, folders.toJobParameters(System.nanoTime()));
		assertThat(second.getStepExecutions().iterator().next().getReadCount()).isZero();
	}

	private ImportFolders folders() {
		Path inbox = root.resolve("inbox");
		return new ImportFolders(inbox, inbox.resolve("processed"), inbox.resolve("error"), false, Duration.ZERO);
	}

	private long invoices() {
		return jdbc.queryForObject("select count(*) from invoice", Long.class);
	}

	private static void write(Path folder, String name, byte[] content) throws IOException {
		Files.createDirectories(folder);
		Files.write(folder.resolve(name), content);
	}

	private static List<String> names(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString()).toList();
		}
	}
}
