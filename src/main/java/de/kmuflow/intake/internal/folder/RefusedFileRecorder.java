package de.kmuflow.intake.internal.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.SkipListener;

/**
 * Records why a file was skipped: it goes to the error folder with {@code <name>.reason.txt}
 * beside it, and into the run's error count. One bad file never stops the others.
 */
class RefusedFileRecorder implements SkipListener<Path, SubmittedFile> {

	private static final Logger log = LoggerFactory.getLogger(RefusedFileRecorder.class);

	private final ImportFolders folders;
	private final FolderImportCounts counts;

	RefusedFileRecorder(ImportFolders folders, FolderImportCounts counts) {
		this.folders = folders;
		this.counts = counts;
	}

	@Override
	public void onSkipInProcess(Path file, Throwable reason) {
		counts.refused();
		log.warn("Folder import refused {}: {}", file, reason.getMessage());
		if (!Files.exists(file)) {
			return;
		}
		try {
			folders.toError(file, reason.getMessage());
		}
		catch (IOException e) {
			log.error("{} was refused but could not be moved to {}", file, folders.error(), e);
		}
	}

	@Override
	public void onSkipInRead(Throwable reason) {
		counts.refused();
		log.warn("Folder import could not read a file: {}", reason.getMessage());
	}
}
