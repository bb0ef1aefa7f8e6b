package de.kmuflow.intake.internal.folder;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The watched folder ({@code kmuflow.intake.folder.*}).
 *
 * @param inbox folder whose files are imported, one invoice each
 * @param processed where imported files go (default {@code <inbox>/processed})
 * @param error where refused files go, each with {@code <name>.reason.txt} beside it (default {@code <inbox>/error})
 * @param cron when the import runs by itself ("-" for never)
 * @param chunkSize files per transaction
 * @param minAge files younger than this are left for the next run: a scanner may still be writing them
 * @param keepOriginals copy instead of move, for folders that must stay as they are (the demo's sample-invoices/)
 * @param staleAfter a run that has not moved on for this long is taken as dead (its node stopped) and restarted
 */
@ConfigurationProperties("kmuflow.intake.folder")
record FolderImportProperties(Path inbox, Path processed, Path error, String cron, Integer chunkSize, Duration minAge,
		Boolean keepOriginals, Duration staleAfter) {

	FolderImportProperties {
		inbox = inbox == null ? Path.of("data", "inbox") : inbox;
		processed = processed == null ? inbox.resolve("processed") : processed;
		error = error == null ? inbox.resolve("error") : error;
		cron = cron == null || cron.isBlank() ? "-" : cron;
		chunkSize = chunkSize == null || chunkSize < 1 ? 10 : chunkSize;
		minAge = minAge == null ? Duration.ofSeconds(5) : minAge;
		keepOriginals = keepOriginals != null && keepOriginals;
		staleAfter = staleAfter == null ? Duration.ofMinutes(15) : staleAfter;
	}

	ImportFolders folders() {
		return new ImportFolders(inbox, processed, error, keepOriginals, minAge);
	}
}
