package de.kmuflow.platform;

import de.kmuflow.testsupport.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A throw-away PostgreSQL server from Debian's {@code postgresql} package (installed by {@code make deps}):
 * {@code initdb} into a temp folder, started on a free port, stopped and deleted on {@link #close()}.
 * No Docker, no download. The server refuses to run as root, so as root it runs as the {@code postgres}
 * user. Tests share one server per JVM ({@link #shared()}); a benchmark or the cluster test starts its own.
 */
public final class PostgresServer implements AutoCloseable {

	public static final String USER = "kmuflow";

	private static PostgresServer shared;

	private final Path dir;
	private final Path bin;
	private final int port;

	private PostgresServer(Path dir, Path bin, int port) {
		this.dir = dir;
		this.bin = bin;
		this.port = port;
	}

	/** One server for all tests of this JVM, with a database {@code kmuflow}; stopped when the JVM ends. */
	public static synchronized PostgresServer shared() {
		if (shared == null) {
			shared = start();
			shared.createDatabase("kmuflow");
			shared.stopWhenThisJvmEnds();
		}
		return shared;
	}

	/** Points the Spring test context at the {@link #shared()} server's database {@code kmuflow}. */
	public static void register(DynamicPropertyRegistry registry) {
		PostgresServer server = shared();
		registry.add("spring.datasource.url", () -> server.jdbcUrl("kmuflow"));
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> "");
	}

	/** Starts a new, empty server (superuser {@value #USER}, no password, local connections only). */
	public static PostgresServer start() {
		try {
			Path dir = Files.createTempDirectory("kmu-pg-");
			Path bin = binaries();
			run(dir, bin.resolve("initdb") + " -D " + dir.resolve("data") + " -A trust -U " + USER
					+ " -E UTF8 --locale=C.UTF-8 --no-sync");
			for (int attempt = 1;; attempt++) {
				int port = FreePorts.any();
				try {
					// durability is not what tests are about: fsync off makes them faster
					run(dir, bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -l " + dir.resolve("log")
							+ " -w -t 60 -o \"-p " + port + " -k " + dir + " -c listen_addresses=localhost"
							+ " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\" start");
					return new PostgresServer(dir, bin, port);
				}
				catch (IllegalStateException portTaken) {
					if (attempt == 3) {
						throw portTaken;
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public int port() {
		return port;
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + port + "/" + database;
	}

	public void createDatabase(String name) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
		}
	}

	/** The Spring properties that point kmu-flow at {@code database} on this server. */
	public List<String> springProperties(String database) {
		return List.of("spring.datasource.url=" + jdbcUrl(database), "spring.datasource.username=" + USER,
				"spring.datasource.password=");
	}

	@Override
	public synchronized void close() {
		if (!Files.isDirectory(dir)) {
			return;
		}
		try {
			run(dir, bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -m immediate -w stop");
		}
		finally {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException ignored) {
				// a temp folder left behind is no reason to fail a test run
			}
		}
	}

	/**
	 * A shutdown hook would stop the server while the test contexts still close their pools; a small
	 * watcher process stops it once this JVM has gone, however it ended.
	 */
	private void stopWhenThisJvmEnds() {
		String stop = bin.resolve("pg_ctl") + " -D " + dir.resolve("data") + " -m immediate -w stop";
		String script = "while kill -0 " + ProcessHandle.current().pid() + " 2>/dev/null; do sleep 1; done; "
				+ (root() ? "su postgres -s /bin/sh -c '" + stop + "'" : stop) + "; rm -rf " + dir;
		try {
			new ProcessBuilder("sh", "-c", script).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Path binaries() throws IOException {
		Path versions = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(versions)) {
			throw new IllegalStateException("PostgreSQL is not installed: run make deps (Debian package postgresql)");
		}
		try (Stream<Path> installed = Files.list(versions)) {
			return installed.max(Comparator.comparing(path -> Integer.parseInt(path.getFileName().toString())))
				.orElseThrow(() -> new IllegalStateException("no PostgreSQL version under " + versions))
				.resolve("bin");
		}
	}

	private static boolean root() {
		return "root".equals(System.getProperty("user.name"));
	}

	/** Runs a command line in {@code dir}, as {@code postgres} when we are root. */
	private static void run(Path dir, String commandLine) {
		try {
			if (root()) {
				new ProcessBuilder("chown", "-R", "postgres:postgres", dir.toString()).start().waitFor();
			}
			List<String> command = new ArrayList<>();
			if (root()) {
				command.addAll(List.of("su", "postgres", "-s", "/bin/sh", "-c", commandLine));
			}
			else {
				command.addAll(List.of("sh", "-c", commandLine));
			}
			Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("command.log").toFile()).start();
			if (!process.waitFor(90, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("timed out: " + commandLine);
			}
			if (process.exitValue() != 0) {
				Path log = dir.resolve("log");
				throw new IllegalStateException("failed (" + process.exitValue() + "): " + commandLine + "\n"
						+ Files.readString(dir.resolve("command.log"))
						+ (Files.exists(log) ? Files.readString(log) : ""));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
