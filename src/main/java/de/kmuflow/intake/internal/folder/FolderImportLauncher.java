package de.kmuflow.intake.internal.folder;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionException;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.support.TaskExecutorJobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Starts the folder import in the background, for the schedule and for the button alike. A run
 * that is going on is not started twice; a run that failed or was cut off is restarted (the same
 * job instance, on the files still in its inbox) before a new one begins.
 */
@Service
public class FolderImportLauncher {

	private static final Logger log = LoggerFactory.getLogger(FolderImportLauncher.class);

	private final Job job;
	private final JobRepository jobRepository;
	private final JobExplorer explorer;
	private final FolderImportProperties properties;
	private final Clock clock;
	private final TaskExecutorJobLauncher launcher = new TaskExecutorJobLauncher();

	FolderImportLauncher(Job invoiceFolderImport, JobRepository jobRepository, JobExplorer explorer,
			FolderImportProperties properties, Clock clock) throws Exception {
		this.job = invoiceFolderImport;
		this.jobRepository = jobRepository;
		this.explorer = explorer;
		this.properties = properties;
		this.clock = clock;
		// Boot's own launcher runs jobs in the caller's thread; a button must not wait for a thousand files
		launcher.setJobRepository(jobRepository);
		launcher.setTaskExecutor(new SimpleAsyncTaskExecutor("folder-import-"));
		launcher.afterPropertiesSet();
	}

	/** The folder the next new run reads. */
	public String inbox() {
		return properties.inbox().toAbsolutePath().normalize().toString();
	}

	/** Where imported and refused files go. */
	public List<String> targets() {
		return List.of(properties.processed().toAbsolutePath().normalize().toString(),
				properties.error().toAbsolutePath().normalize().toString());
	}

	/** The cron expression of the schedule, "-" when the import only runs on demand. */
	public String cron() {
		return properties.cron();
	}

	/** The run that is now going on: the one already running, a restarted one, or a new one. */
	public synchronized JobExecution start() throws JobExecutionException {
		for (JobExecution running : explorer.findRunningJobExecutions(FolderImportJobConfiguration.JOB)) {
			if (!isStale(running)) {
				return running;
			}
			markFailed(running);
		}
		Optional<JobParameters> unfinished = lastUnfinished();
		JobParameters parameters = unfinished.orElseGet(() -> properties.folders().toJobParameters(clock.millis()));
		JobExecution execution = launcher.run(job, parameters);
		log.info("Folder import {} {} (inbox {})", execution.getId(), unfinished.isPresent() ? "restarted" : "started",
				parameters.getString(ImportFolders.INBOX));
		return execution;
	}

	private Optional<JobParameters> lastUnfinished() {
		JobInstance last = explorer.getLastJobInstance(FolderImportJobConfiguration.JOB);
		if (last == null) {
			return Optional.empty();
		}
		JobExecution execution = explorer.getLastJobExecution(last);
		return execution != null && (execution.getStatus() == BatchStatus.FAILED
				|| execution.getStatus() == BatchStatus.STOPPED) ? Optional.of(execution.getJobParameters())
						: Optional.empty();
	}

	/** Nothing recorded for a long time: the node that ran it has stopped without saying so. */
	private boolean isStale(JobExecution running) {
		LocalDateTime lastSign = running.getLastUpdated() != null ? running.getLastUpdated() : running.getCreateTime();
		for (StepExecution step : running.getStepExecutions()) {
			if (step.getLastUpdated() != null && (lastSign == null || step.getLastUpdated().isAfter(lastSign))) {
				lastSign = step.getLastUpdated();
			}
		}
		return lastSign != null && lastSign.isBefore(LocalDateTime.now(clock).minus(properties.staleAfter()));
	}

	private void markFailed(JobExecution stale) {
		LocalDateTime now = LocalDateTime.now(clock);
		ExitStatus cutOff = ExitStatus.FAILED.addExitDescription("Abgebrochen: keine Rückmeldung seit mehr als "
				+ properties.staleAfter().toMinutes() + " Minuten (the run was cut off)");
		for (StepExecution step : stale.getStepExecutions()) {
			if (step.getStatus().isRunning()) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(cutOff);
				step.setEndTime(now);
				jobRepository.update(step);
			}
		}
		stale.setStatus(BatchStatus.FAILED);
		stale.setExitStatus(cutOff);
		stale.setEndTime(now);
		jobRepository.update(stale);
		log.warn("Folder import {} had stopped without finishing; marked failed so it can be restarted", stale.getId());
	}
}
