package de.kmuflow.intake.internal.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;

/**
 * The folders of one import run, carried in its job parameters so that a restart works on the
 * same folders: which files wait in the inbox, and where a file goes when it is done.
 */
record ImportFolders(Path inbox, Path processed, Path error, boolean keepOriginals, Duration minAge) {

	static final String RUN = "run";
	static final String INBOX = "inbox";
	static final String PROCESSED = "processed";
	static final String ERROR = "error";
	static final String KEEP_ORIGINALS = "keepOriginals";
	static final String MIN_AGE_SECONDS = "minAgeSeconds";

	static final String REASON_SUFFIX = ".reason.txt";

	/** A new run: {@code run} makes it a job instance of its own; the folders do not identify it. */
	JobParameters toJobParameters(long run) {
		return new JobParametersBuilder().addLong(RUN, run)
			.addString(INBOX, inbox.toAbsolutePath().normalize().toString(), false)
			.addString(PROCESSED, processed.toAbsolutePath().normalize().toString(), false)
			.addString(ERROR, error.toAbsolutePath().normalize().toString(), false)
			.addString(KEEP_ORIGINALS, Boolean.toString(keepOriginals), false)
			.addLong(MIN_AGE_SECONDS, minAge.toSeconds(), false)
			.toJobParameters();
	}

	static ImportFolders of(JobParameters parameters) {
		Long minAge = parameters.getLong(MIN_AGE_SECONDS);
		return new ImportFolders(Path.of(parameters.getString(INBOX)), Path.of(parameters.getString(PROCESSED)),
				Path.of(parameters.getString(ERROR)), Boolean.parseBoolean(parameters.getString(KEEP_ORIGINALS)),
				Duration.ofSeconds(minAge == null ? 0 : minAge));
	}

	/**
	 * Whether a file in the inbox is one to import: a visible regular file that is no longer being
	 * written, and in copy mode one not copied before.
	 */
	boolean isWaiting(Path file, Instant now) {
		String name = file.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		if (name.startsWith(".") || lower.endsWith(".part") || lower.endsWith(".tmp") || lower.endsWith(".crdownload")
				|| name.endsWith("~") || !Files.isRegularFile(file)) {
			return false;
		}
		try {
			if (Files.getLastModifiedTime(file).toInstant().isAfter(now.minus(minAge))) {
				return false;
			}
			return !keepOriginals || !(copiedBefore(file, processed) || copiedBefore(file, error));
		}
		catch (IOException e) {
			return false; // gone since it was listed
		}
	}

	private static boolean copiedBefore(Path file, Path folder) throws IOException {
		Path copy = folder.resolve(file.getFileName());
		return Files.isRegularFile(copy) && Files.size(copy) == Files.size(file)
				// copies keep the time to the microsecond at best: compare milliseconds
				&& Files.getLastModifiedTime(copy).toMillis() == Files.getLastModifiedTime(file).toMillis();
	}

	Path toProcessed(Path file) throws IOException {
		return place(file, processed);
	}

	/** Puts the file into the error folder with the reason beside it, in words a clerk understands. */
	Path toError(Path file, String reason) throws IOException {
		Path target = place(file, error);
		Files.writeString(target.resolveSibling(target.getFileName() + REASON_SUFFIX), reason + System.lineSeparator());
		return target;
	}

	/**
	 * Moves (or in copy mode copies) a file into a folder. Scanners reuse names, so an earlier file
	 * of the same name is never overwritten when moving: the newcomer gets a number.
	 */
	private Path place(Path file, Path folder) throws IOException {
		Files.createDirectories(folder);
		if (keepOriginals) {
			return Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.COPY_ATTRIBUTES);
		}
		return Files.move(file, freeName(folder, file.getFileName().toString()));
	}

	private static Path freeName(Path folder, String name) {
		Path target = folder.resolve(name);
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		for (int n = 2; Files.exists(target); n++) {
			target = folder.resolve(stem + " (" + n + ")" + extension);
		}
		return target;
	}
}
