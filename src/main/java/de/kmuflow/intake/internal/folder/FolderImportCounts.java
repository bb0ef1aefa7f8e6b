package de.kmuflow.intake.internal.folder;

import java.time.Clock;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.ExecutionContext;

/**
 * The run's figures in the step's execution context, where the imports page reads them while the
 * run goes on: files waiting at the start, and how many were submitted, duplicates or refused.
 * Each execution counts for itself; a restart starts again from the files still waiting.
 */
class FolderImportCounts implements StepExecutionListener {

	static final String TOTAL = "files.total";
	static final String SUBMITTED = "files.submitted";
	static final String DUPLICATES = "files.duplicates";
	static final String ERRORS = "files.errors";

	private final ImportFolders folders;
	private final Clock clock;
	private ExecutionContext context;

	FolderImportCounts(ImportFolders folders, Clock clock) {
		this.folders = folders;
		this.clock = clock;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		context = stepExecution.getExecutionContext();
		context.putLong(TOTAL, InboxFiles.count(folders, clock.instant()));
		context.putLong(SUBMITTED, 0);
		context.putLong(DUPLICATES, 0);
		context.putLong(ERRORS, 0);
	}

	void submitted(SubmittedFile file) {
		increment(file.duplicate() ? DUPLICATES : SUBMITTED);
	}

	void refused() {
		increment(ERRORS);
	}

	private void increment(String key) {
		context.putLong(key, context.getLong(key, 0) + 1);
	}
}
