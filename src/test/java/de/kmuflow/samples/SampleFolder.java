package de.kmuflow.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import de.kmuflow.samples.model.SampleInvoice;

/**
 * The sample-invoices folder: writes each document, its expected values and its README row. Files
 * that are not generated (the KoSIT test files) are kept; everything else is rewritten on each run.
 */
final class SampleFolder {

	/** Official XRechnung test files that are part of the folder but not made here. */
	static final Set<String> KEPT = Set.of("xrechnung-cii-01.11a.xml", "xrechnung-ubl-01.20a.xml");

	/** One row of the README: where the file is, what it is and what makes it hard to read. */
	record Entry(String file, String kind, String what, String hard) {
	}

	private final Path root;
	private final ObjectWriter json;
	private final List<Entry> samples = new ArrayList<>();
	private final List<Entry> bad = new ArrayList<>();
	private final List<Entry> bench = new ArrayList<>();

	SampleFolder(Path root) throws IOException {
		this.root = root;
		DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
				.withObjectIndenter(new DefaultIndenter("  ", "\n"))
				.withArrayIndenter(new DefaultIndenter("  ", "\n"));
		this.json = new ObjectMapper().writer(printer);
		clean();
	}

	private void clean() throws IOException {
		Files.createDirectories(root);
		for (String folder : List.of("expected", "bad", "bench")) {
			deleteTree(root.resolve(folder));
		}
		try (Stream<Path> files = Files.list(root)) {
			for (Path file : files.toList()) {
				if (Files.isRegularFile(file) && !KEPT.contains(file.getFileName().toString())) {
					Files.delete(file);
				}
			}
		}
		Files.createDirectories(root.resolve("expected"));
		Files.createDirectories(root.resolve("bad"));
		Files.createDirectories(root.resolve("bench"));
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	void sample(String file, String kind, SampleInvoice invoice, byte[] content, String what, String hard) {
		write(root.resolve(file), content);
		Map<String, Object> expected = ExpectedJson.of(file, kind, invoice);
		try {
			write(root.resolve("expected").resolve(file + ".json"),
					(json.writeValueAsString(expected) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		samples.add(new Entry(file, kind, what, hard));
	}

	void bad(String file, byte[] content, String what) {
		write(root.resolve("bad").resolve(file), content);
		bad.add(new Entry("bad/" + file, "", what, ""));
	}

	void bench(String file, byte[] content, String what) {
		write(root.resolve("bench").resolve(file), content);
		bench.add(new Entry("bench/" + file, "", what, ""));
	}

	void text(String file, String content) {
		write(root.resolve(file), content.getBytes(StandardCharsets.UTF_8));
	}

	Path root() {
		return root;
	}

	List<Entry> samples() {
		return List.copyOf(samples);
	}

	List<Entry> bad() {
		return List.copyOf(bad);
	}

	List<Entry> bench() {
		return List.copyOf(bench);
	}

	private static void write(Path path, byte[] content) {
		try {
			Files.write(path, content);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
