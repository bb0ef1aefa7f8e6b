package de.kmuflow.intake.internal.folder;

import java.time.LocalDateTime;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.ExecutionContext;

/**
 * One run of the folder import as the imports page and the API show it: its figures come from the
 * step's execution context (kept at every chunk) and Spring Batch's own read count.
 *
 * @param progressPercent files done of those waiting at the start; 100 once the run has ended
 */
public record FolderImportRun(long id, String status, String exitDescription, String inbox, LocalDateTime started,
		LocalDateTime ended, long total, long read, long submitted, long duplicates, long errors, int progressPercent,
		boolean running) {

	static FolderImportRun of(JobExecution execution) {
		long total = 0;
		long read = 0;
		long submitted = 0;
		long duplicates = 0;
		long errors = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			ExecutionContext context = step.getExecutionContext();
			total += context.getLong(FolderImportCounts.TOTAL, 0);
			submitted += context.getLong(FolderImportCounts.SUBMITTED, 0);
			duplicates += context.getLong(FolderImportCounts.DUPLICATES, 0);
			errors += context.getLong(FolderImportCounts.ERRORS, 0);
			read += step.getReadCount();
		}
		boolean running = execution.isRunning();
		long done = submitted + duplicates + errors;
		int progress = !running ? 100 : total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
		String description = execution.getExitStatus().getExitDescription();
		return new FolderImportRun(execution.getId(), execution.getStatus().name(),
				description == null || description.isBlank() ? null : firstLine(description),
				execution.getJobParameters().getString(ImportFolders.INBOX), execution.getStartTime(),
				execution.getEndTime(), total, read, submitted, duplicates, errors, progress, running);
	}

	/** A failed run's description is a stack trace; the page shows its first line. */
	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		String line = end < 0 ? text : text.substring(0, end);
		return line.length() > 300 ? line.substring(0, 300) + "…" : line;
	}
}
