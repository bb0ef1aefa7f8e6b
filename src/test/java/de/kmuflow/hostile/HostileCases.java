package de.kmuflow.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The hostile-document set in {@code src/test/resources/hostile/}, as its table {@code cases.tsv}
 * describes it: what each file is and how kmu-flow must end with it.
 */
final class HostileCases {

	static final Path FOLDER = Path.of("src/test/resources/hostile");

	/** How intake ends with a file. */
	enum Intake {
		/** 4xx with a German reason; nothing stored. */
		REFUSED,
		/** Stored, and sent to review with a German reason. */
		REVIEW,
		/** Stored and read like any invoice: the attack sits where nothing runs it. */
		READ
	}

	/**
	 * One file. {@code restReason}: German words in the refusal or a finding ("-" for READ);
	 * {@code cliResult}: German words in the extract command's error or findings ("-": read without error).
	 */
	record Case(String file, Intake intake, String restReason, String cliResult, String what) {

		Path path() {
			return FOLDER.resolve(file);
		}

		byte[] content() {
			try {
				return Files.readAllBytes(path());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public String toString() {
			return file;
		}
	}

	private HostileCases() {
	}

	static List<Case> all() {
		try {
			return Files.readAllLines(FOLDER.resolve("cases.tsv"), StandardCharsets.UTF_8)
				.stream()
				.skip(1)
				.filter(line -> !line.isBlank())
				.map(line -> line.split("\t"))
				.map(cells -> new Case(cells[0], Intake.valueOf(cells[1]), cells[2], cells[3], cells[4]))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The heap in use once the garbage is collected, in MB. */
	static long heapAfterGcMegabytes() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
	}
}
