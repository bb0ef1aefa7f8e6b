package de.kmuflow.intake.internal.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.stream.Stream;

import de.kmuflow.intake.TestDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Starting the import as the schedule and the button do: in the background, never twice at once,
 * and a failed or cut-off run is restarted rather than forgotten.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(InterruptingIntake.Wiring.class)
class FolderImportLauncherTest {

	@Autowired
	FolderImportLauncher launcher;

	@Autowired
	FolderImportProperties properties;

	@Autowired
	InterruptingIntake intake;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JobExplorer explorer;

	@Autowired
	JdbcTemplate jdbc;

	private Path inbox;

	@BeforeEach
	void emptyInbox() throws IOException {
		inbox = Path.of(launcher.inbox());
		if (Files.exists(inbox)) {
			try (Stream<Path> files = Files.walk(inbox)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
		Files.createDirectories(inbox);
	}

	@Test
	void aFailedRunIsRestartedBeforeANewOneBegins() throws Exception {
		// given three invoices, and a failure at the second
		for (int i = 1; i <= 3; i++) {
			Files.write(inbox.resolve("rechnung-" + i + ".xml"), TestDocuments.eInvoice("LR-" + System.nanoTime()));
		}
		intake.failAfter(2);
		JobExecution first = finished(launcher.start());
		assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);

		// when started again, the failed run goes on
		JobExecution second = finished(launcher.start());
		assertThat(second.getJobInstance().getInstanceId()).isEqualTo(first.getJobInstance().getInstanceId());
		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		try (Stream<Path> processed = Files.list(properties.processed())) {
			assertThat(processed).hasSize(3);
		}

		// and once it has completed, the next start is a new run
		JobExecution third = finished(launcher.start());
		assertThat(third.getJobInstance().getInstanceId()).isNotEqualTo(first.getJobInstance().getInstanceId());
		assertThat(third.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void aRunThatWentSilentIsMarkedFailedAndRestarted() throws Exception {
		// given a run whose node died an hour ago, leaving it "started" in the job repository
		JobExecution dead = jobRepository.createJobExecution(FolderImportJobConfiguration.JOB,
				properties.folders().toJobParameters(System.nanoTime()));
		dead.setStatus(BatchStatus.STARTED);
		dead.setStartTime(LocalDateTime.now().minusHours(1));
		jobRepository.update(dead);
		jdbc.update("update BATCH_JOB_EXECUTION set LAST_UPDATED = ?, CREATE_TIME = ? where JOB_EXECUTION_ID = ?",
				Timestamp.valueOf(LocalDateTime.now().minusHours(1)), Timestamp.valueOf(LocalDateTime.now().minusHours(1)),
				dead.getId());
		Files.write(inbox.resolve("rechnung.xml"), TestDocuments.eInvoice("DR-" + System.nanoTime()));

		// when the import is started
		JobExecution restarted = finished(launcher.start());

		// then the dead run is recorded as failed and its job instance completes in a new execution
		assertThat(explorer.getJobExecution(dead.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(restarted.getId()).isNotEqualTo(dead.getId());
		assertThat(restarted.getJobInstance().getInstanceId()).isEqualTo(dead.getJobInstance().getInstanceId());
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void aRunGoingOnIsNotStartedTwice() throws Exception {
		JobExecution going = jobRepository.createJobExecution(FolderImportJobConfiguration.JOB,
				properties.folders().toJobParameters(System.nanoTime()));
		try {
			assertThat(launcher.start().getId()).isEqualTo(going.getId());
		}
		finally {
			going.setStatus(BatchStatus.ABANDONED);
			going.setEndTime(LocalDateTime.now());
			jobRepository.update(going);
		}
	}

	private JobExecution finished(JobExecution started) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> !explorer.getJobExecution(started.getId()).getStatus().isRunning());
		return explorer.getJobExecution(started.getId());
	}
}
