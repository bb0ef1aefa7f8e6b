package de.kmuflow.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar kmu-flow.jar extract [--no-validate] [--timeout=SECONDS] FILE...}: one JSON
 * object per file on standard output (JSON lines, in the order given), exit code 0 even when a
 * file cannot be read. Starts neither the web server nor the process engine.
 */
public final class ExtractCommand {

	static final String USAGE = "usage: extract [--no-validate] [--timeout=SECONDS] FILE...";
	private static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
	private static final int GC_EVERY_BATCHES = 2;

	private ExtractCommand() {
	}

	/**
	 * Keeps standard output for the JSON lines alone: log output (warnings and worse) goes to
	 * standard error, and so does anything a library prints on its own.
	 */
	public static PrintStream reserveStandardOutput() {
		PrintStream json = System.out;
		System.setOut(System.err);
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		context.reset();
		ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
		appender.setContext(context);
		appender.setTarget("System.err");
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern("%level %logger{20} - %msg%n");
		encoder.start();
		appender.setEncoder(encoder);
		appender.start();
		Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
		root.addAppender(appender);
		root.setLevel(Level.WARN);
		// the schematron engine warns about its own style sheets on every run
		context.getLogger("com.helger").setLevel(Level.ERROR);
		return json;
	}

	/** Runs the command; returns the process exit code. */
	public static int run(List<String> args, PrintStream out, PrintStream err) {
		ExtractionSettings settings = ExtractionSettings.defaults();
		long timeoutSeconds = 300;
		List<Path> files = new ArrayList<>();
		for (String arg : args) {
			if (arg.equals("--no-validate")) {
				settings = settings.withValidation(false);
			}
			else if (arg.startsWith("--timeout=")) {
				timeoutSeconds = Long.parseLong(arg.substring("--timeout=".length()));
			}
			else if (arg.startsWith("--")) {
				err.println(USAGE);
				return 2;
			}
			else {
				files.add(Path.of(arg));
			}
		}
		if (files.isEmpty()) {
			err.println(USAGE);
			return 2;
		}
		// files run side by side on the cores; a few at a time keeps memory bounded
		int parallel = Math.max(1, settings.ocrEngines());
		ExecutorService workers = Executors.newFixedThreadPool(parallel, runnable -> {
			Thread thread = new Thread(runnable, "extract");
			thread.setDaemon(true);
			return thread;
		});
		try (InvoiceExtractor extractor = InvoiceExtractor.create(settings)) {
			for (int start = 0; start < files.size(); start += parallel) {
				List<Path> batch = files.subList(start, Math.min(files.size(), start + parallel));
				List<Future<ObjectNode>> results = new ArrayList<>();
				for (Path file : batch) {
					results.add(workers.submit(() -> extractOne(extractor, file)));
				}
				for (int i = 0; i < batch.size(); i++) {
					out.println(awaitResult(results.get(i), batch.get(i), timeoutSeconds));
				}
				out.flush();
				if ((start / parallel) % GC_EVERY_BATCHES == GC_EVERY_BATCHES - 1) {
					// The JVM would let its heap grow towards a quarter of the machine's memory before
					// collecting; a few hundred files should not need more than a few hundred MB.
					System.gc();
				}
			}
		}
		finally {
			workers.shutdownNow();
		}
		return 0;
	}

	private static String awaitResult(Future<ObjectNode> result, Path file, long timeoutSeconds) {
		try {
			return result.get(timeoutSeconds, TimeUnit.SECONDS).toString();
		}
		catch (TimeoutException e) {
			result.cancel(true);
			return error(file, "Zeitlimit von " + timeoutSeconds + " s überschritten (time limit exceeded)");
		}
		catch (ExecutionException e) {
			return error(file, "Unerwarteter Fehler beim Lesen (unexpected error): " + e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return error(file, "abgebrochen (interrupted)");
		}
	}

	private static ObjectNode extractOne(InvoiceExtractor extractor, Path file) {
		String name = file.toString();
		try {
			if (!Files.isRegularFile(file)) {
				return ExtractionJson.toJson(name, null, "Datei nicht gefunden (file not found)");
			}
			if (Files.size(file) > MAX_FILE_BYTES) {
				return ExtractionJson.toJson(name, null, "Datei größer als 100 MB (file larger than 100 MB)");
			}
			return ExtractionJson.toJson(name, extractor.extract(Files.readAllBytes(file)), null);
		}
		catch (UnreadableDocumentException e) {
			return ExtractionJson.toJson(name, null, e.getMessage());
		}
		catch (IOException e) {
			return ExtractionJson.toJson(name, null, "Datei nicht lesbar (cannot read file): " + e.getMessage());
		}
		catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
			return ExtractionJson.toJson(name, null, "Dokument nicht lesbar (document cannot be read): " + e);
		}
	}

	private static String error(Path file, String message) {
		return ExtractionJson.toJson(file.toString(), null, message).toString();
	}
}
