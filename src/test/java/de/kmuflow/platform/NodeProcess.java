package de.kmuflow.platform;

import de.kmuflow.testsupport.FreePorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One node: the packaged jar in a JVM of its own, with its own data dir and log; {@code settings} added to its command line. */
final class NodeProcess {

	private final String name;
	private final Path jar;
	private final Path dataDir;
	private final Path log;
	private final PostgresServer postgres;
	private final int smtpPort;
	private volatile int port;
	private volatile Process process;
	private final List<String> settings;
	private volatile long launchedAt;

	NodeProcess(String name, Path jar, Path work, PostgresServer postgres, int smtpPort, List<String> settings)
			throws IOException {
		this.name = name;
		this.jar = jar;
		this.dataDir = Files.createDirectories(work.resolve(name));
		this.log = work.resolve(name + ".log");
		this.postgres = postgres;
		this.smtpPort = smtpPort;
		this.settings = settings;
	}

	String name() {
		return name;
	}

	WebClient web() {
		return new WebClient(port);
	}

	void launch() throws IOException {
		port = FreePorts.any();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", jar.toString(), "--spring.profiles.active=postgres", "--server.port=" + port,
				"--kmuflow.data-dir=" + dataDir, "--spring.mail.port=" + smtpPort,
				// a killed node's locked jobs go to the other node after this time (production: 2 min)
				"--camunda.bpm.job-execution.lock-time-in-millis=30000"));
		postgres.springProperties("kmuflow").forEach(property -> command.add("--" + property));
		command.addAll(settings);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("OMP_THREAD_LIMIT", "1");
		launchedAt = System.nanoTime();
		process = builder.start();
	}

	Duration awaitUp(Duration timeout) throws InterruptedException {
		while (System.nanoTime() - launchedAt < timeout.toNanos()) {
			if (!process.isAlive()) {
				throw new AssertionError(name + " ended while starting, see " + log);
			}
			try {
				if (web().get("/actuator/health").statusCode() == 200) {
					return Duration.ofNanos(System.nanoTime() - launchedAt);
				}
			}
			catch (RuntimeException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError(name + " not up after " + timeout + ", see " + log);
	}

	String killAndRestart() throws Exception {
		process.destroyForcibly().waitFor();
		launch();
		return name + " killed (SIGKILL) and started again: " + awaitUp(Duration.ofMinutes(5)).toMillis() + " ms";
	}

	String stopAndRestart() throws Exception {
		Duration stopped = stop();
		launch();
		return name + " stop after SIGTERM under load: " + stopped.toMillis() + " ms; started again: "
				+ awaitUp(Duration.ofMinutes(5)).toMillis() + " ms";
	}

	Duration stop() throws InterruptedException {
		long start = System.nanoTime();
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	void kill() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroyForcibly().waitFor();
		}
	}
}
