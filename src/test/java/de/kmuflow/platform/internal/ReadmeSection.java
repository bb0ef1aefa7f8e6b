package de.kmuflow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A part of the README that is generated from the code, between {@code <!-- name:start -->} and
 * {@code <!-- name:end -->}. A test compares it and fails with the new text when it differs; run
 * with {@code -Dreadme.write=true} to write the new text instead.
 */
final class ReadmeSection {

	private static final Path README = Path.of("README.md");

	private ReadmeSection() {
	}

	static void assertMatches(String name, String generated) {
		String start = "<!-- " + name + ":start -->\n";
		String end = "<!-- " + name + ":end -->";
		String readme = read();
		int from = readme.indexOf(start);
		int to = readme.indexOf(end);
		assertThat(from).as("README.md has no section " + start.trim()).isNotNegative();
		assertThat(to).as("README.md has no end " + end).isGreaterThan(from);
		String documented = readme.substring(from + start.length(), to);
		if (!documented.equals(generated) && Boolean.getBoolean("readme.write")) {
			write(readme.substring(0, from + start.length()) + generated + readme.substring(to));
			return;
		}
		assertThat(documented)
			.as("README.md section '%s' differs from the code; the section should read:%n%s", name, generated)
			.isEqualTo(generated);
	}

	private static String read() {
		try {
			return Files.readString(README, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(String text) {
		try {
			Files.writeString(README, text, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
