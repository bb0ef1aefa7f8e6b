package de.kmuflow.intake.internal.folder;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;

import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamException;
import org.springframework.batch.item.ItemStreamReader;

/**
 * Reads the inbox one file at a time, straight from the directory listing, so a thousand files
 * cost no more memory than ten. It keeps no position for a restart: imported files have left
 * the inbox, so listing it again is exactly what is left to do.
 */
class InboxFiles implements ItemStreamReader<Path> {

	private final ImportFolders folders;
	private final Clock clock;
	private DirectoryStream<Path> listing;
	private Iterator<Path> files;

	InboxFiles(ImportFolders folders, Clock clock) {
		this.folders = folders;
		this.clock = clock;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		try {
			if (!folders.keepOriginals()) {
				Files.createDirectories(folders.inbox());
			}
			listing = open(folders, clock.instant());
			files = listing.iterator();
		}
		catch (IOException e) {
			throw new ItemStreamException("Eingangsordner " + folders.inbox() + " kann nicht gelesen werden", e);
		}
	}

	static DirectoryStream<Path> open(ImportFolders folders, Instant now) throws IOException {
		return Files.newDirectoryStream(folders.inbox(), file -> folders.isWaiting(file, now));
	}

	/** How many files wait now: the measure of a run's progress. */
	static long count(ImportFolders folders, Instant now) {
		if (!Files.isDirectory(folders.inbox())) {
			return 0;
		}
		long count = 0;
		try (DirectoryStream<Path> waiting = open(folders, now)) {
			for (Path ignored : waiting) {
				count++;
			}
		}
		catch (IOException | DirectoryIteratorException e) {
			return 0;
		}
		return count;
	}

	@Override
	public Path read() {
		try {
			return files.hasNext() ? files.next() : null;
		}
		catch (DirectoryIteratorException e) {
			throw new ItemStreamException("Eingangsordner " + folders.inbox() + " kann nicht gelesen werden", e);
		}
	}

	@Override
	public void close() {
		if (listing != null) {
			try {
				listing.close();
			}
			catch (IOException e) {
				// nothing left to release
			}
			listing = null;
		}
	}
}
