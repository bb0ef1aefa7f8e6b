package de.kmuflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server of the machine's installation (initdb, pg_ctl on a free port, default
 * settings, trust authentication on localhost), for the end-to-end benchmark. PostgreSQL refuses to run
 * as root, so as root it runs as the user postgres.
 */
final class LocalPostgres implements AutoCloseable {

	private final Path folder;
	private final int port;

	LocalPostgres() throws IOException, InterruptedException {
		folder = Files.createTempDirectory("kmuflow-bench-pg");
		port = EndToEndBench.freePort();
		if (asRoot()) {
			run("chown", "postgres", folder.toString());
		}
		runAsPostgres("initdb", "-D", folder.resolve("data").toString(), "-A", "trust", "-U", "postgres", "--no-sync");
		runAsPostgres("pg_ctl", "-D", folder.resolve("data").toString(), "-w", "-l", folder.resolve("log").toString(), "-o",
				"-p " + port + " -k " + folder + " -c listen_addresses=localhost", "start");
	}

	/** Application arguments that put kmu-flow on this server. */
	List<String> applicationArguments() {
		return List.of("--spring.profiles.active=postgres",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=");
	}

	@Override
	public void close() throws IOException, InterruptedException {
		runAsPostgres("pg_ctl", "-D", folder.resolve("data").toString(), "-m", "fast", "-w", "stop");
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

	private static boolean asRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static void runAsPostgres(String... command) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if (asRoot()) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(List.of(command));
		run(full.toArray(String[]::new));
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
	}
}
