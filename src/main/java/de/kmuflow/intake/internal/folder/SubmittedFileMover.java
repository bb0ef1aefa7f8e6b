package de.kmuflow.intake.internal.folder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * Moves submitted files to the processed folder, but only once their chunk has committed: a file
 * leaves the inbox only when its invoice is safe in the database. Should the process die between
 * commit and move, the file is still in the inbox; the next run finds its bytes known and moves it
 * as a duplicate, so no invoice is ever made twice.
 */
class SubmittedFileMover implements ItemWriter<SubmittedFile>, ChunkListener {

	private static final Logger log = LoggerFactory.getLogger(SubmittedFileMover.class);

	private final ImportFolders folders;
	private final FolderImportCounts counts;
	private final JobRepository jobRepository;
	private final List<SubmittedFile> committing = new ArrayList<>();

	SubmittedFileMover(ImportFolders folders, FolderImportCounts counts, JobRepository jobRepository) {
		this.folders = folders;
		this.counts = counts;
		this.jobRepository = jobRepository;
	}

	@Override
	public void write(Chunk<? extends SubmittedFile> chunk) {
		committing.addAll(chunk.getItems());
	}

	@Override
	public void beforeChunk(ChunkContext context) {
		committing.clear();
	}

	@Override
	public void afterChunk(ChunkContext context) {
		for (SubmittedFile submitted : committing) {
			try {
				folders.toProcessed(submitted.file());
				counts.submitted(submitted);
			}
			catch (IOException e) {
				log.warn("{} was imported as invoice {} but could not be moved out of the inbox; the next run moves it",
						submitted.file(), submitted.invoiceId(), e);
			}
		}
		committing.clear();
		// the figures of this chunk are visible on the imports page now, not one chunk later
		jobRepository.updateExecutionContext(context.getStepContext().getStepExecution());
	}

	@Override
	public void afterChunkError(ChunkContext context) {
		// rolled back: no invoice exists for these files, they stay in the inbox for the next run
		committing.clear();
	}
}
