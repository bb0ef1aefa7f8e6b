package de.kmuflow.intake.internal.folder;

import java.nio.file.Path;

/** A file that cannot become an invoice; the message is the reason a clerk reads beside it. */
class FileRefusedException extends Exception {

	private final transient Path file;

	FileRefusedException(Path file, String reason) {
		super(reason);
		this.file = file;
	}

	Path file() {
		return file;
	}
}
