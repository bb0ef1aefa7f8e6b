package de.kmuflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import de.kmuflow.KmuFlowApplication;
import de.kmuflow.intake.internal.folder.FolderImportLauncher;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Folder-import throughput on the real application (no web server, a database file of its own,
 * process jobs off): files go into the inbox, the import runs, and the job repository's start and
 * end times give the rate. Each file is stored, becomes an invoice and starts its process; reading
 * it (extraction) happens later in the process and is measured by the other sections.
 */
final class FolderImportBench implements AutoCloseable {

	private final Path work;
	private final Path inbox;
	private final ConfigurableApplicationContext app;

	FolderImportBench() throws IOException {
		work = Files.createTempDirectory("kmuflow-folder-bench");
		inbox = work.resolve("inbox");
		app = new SpringApplicationBuilder(KmuFlowApplication.class).web(WebApplicationType.NONE)
			.run("--kmuflow.data-dir=" + work.resolve("data"), "--kmuflow.intake.folder.inbox=" + inbox,
					"--kmuflow.intake.folder.min-age=0s", "--camunda.bpm.job-execution.enabled=false",
					"--spring.jmx.enabled=false", "--logging.level.root=WARN",
					"--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
	}

	/** Imports the files (each must have bytes of its own, or it is a duplicate) and returns files per second. */
	double filesPerSecond(List<byte[]> files, String suffix) throws Exception {
		Files.createDirectories(inbox);
		for (int i = 0; i < files.size(); i++) {
			Files.write(inbox.resolve(String.format("datei-%05d%s", i, suffix)), files.get(i));
		}
		JobExplorer explorer = app.getBean(JobExplorer.class);
		long id = app.getBean(FolderImportLauncher.class).start().getId();
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		JobExecution execution = explorer.getJobExecution(id);
		while (execution.getStatus().isRunning()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("folder import did not finish");
			}
			Thread.sleep(50);
			execution = explorer.getJobExecution(id);
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new IllegalStateException("folder import " + execution.getStatus() + ": " + execution.getExitStatus());
		}
		long submitted = execution.getStepExecutions().iterator().next().getWriteCount();
		if (submitted != files.size()) {
			throw new IllegalStateException("folder import took " + submitted + " of " + files.size() + " files");
		}
		double seconds = Duration.between(execution.getStartTime(), execution.getEndTime()).toNanos() / 1e9;
		return files.size() / seconds;
	}

	@Override
	public void close() throws IOException {
		app.close();
		try (var paths = Files.walk(work)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}
}
