package de.kmuflow.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import de.kmuflow.bench.MachineLoad.Timing;
import de.kmuflow.bench.MachineLoad.Work;
import de.kmuflow.extraction.internal.ocr.InvoicePages;
import de.kmuflow.extraction.internal.ocr.OcrEnginePool;
import de.kmuflow.extraction.internal.ocr.OcrEngineSettings;
import de.kmuflow.extraction.internal.ocr.OcrReader;
import de.kmuflow.extraction.internal.ocr.Preprocessing;
import de.kmuflow.extraction.internal.ocr.ScannedDocumentReader;
import de.kmuflow.extraction.internal.text.PageText;

/**
 * OCR speed on one multi-page TIFF: (a) seconds per page in-process with one engine against the
 * tesseract command line, (b) pages per second with two workers against one. Each measurement is
 * taken in several rounds (-Dbench.rounds, default 5) and the median reported, as a Markdown table on
 * stdout and appended to the file in -Dbench.out if set. A ratio is the median of the rounds' ratios:
 * the two sides of a round are measured one after the other, so a round's ratio sees one state of
 * the machine.
 * <p>
 * Argument: a multi-page TIFF at 300 dpi; without one, ten drawn invoice pages are written to
 * target/bench/ten-pages-300dpi.tif and used. The cores may be shared: each measurement waits for
 * a quiet machine (up to -Dbench.quietWaitSeconds, default 600) and is repeated when other work
 * interfered (see {@link MachineLoad}).
 * <p>
 * Run from the project folder:
 * <pre>
 * ./mvnw -B -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.cp
 * OMP_THREAD_LIMIT=1 java -cp target/classes:target/test-classes:$(cat target/test.cp) de.kmuflow.bench.OcrBenchmark [file.tif]
 * </pre>
 */
public final class OcrBenchmark {

	private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
	private static final int DPI = 300;

	private final Path tiff;
	private final Duration quietWait;
	private final Map<String, double[]> results = new LinkedHashMap<>();
	private double worstInterference;
	private int disturbed;
	private long cliWords;
	private long ownWords;
	private int pages;

	private OcrBenchmark(Path tiff, Duration quietWait) {
		this.tiff = tiff;
		this.quietWait = quietWait;
	}

	public static void main(String[] args) throws Exception {
		Path tiff = args.length > 0 ? Path.of(args[0]) : drawnPages(Path.of("target/bench/ten-pages-300dpi.tif"));
		if (!"1".equals(System.getenv("OMP_THREAD_LIMIT"))) {
			System.err.println("Warning: OMP_THREAD_LIMIT is not 1: OpenMP threads distort the numbers");
		}
		OcrBenchmark benchmark = new OcrBenchmark(tiff,
				Duration.ofSeconds(Long.getLong("bench.quietWaitSeconds", 600)));
		String table = benchmark.run();
		System.out.print(table);
		String out = System.getProperty("bench.out");
		if (out != null) {
			// `make bench BENCH=ocr` alone runs no other section that would have made the folder
			Path file = Path.of(out).toAbsolutePath();
			Files.createDirectories(file.getParent());
			Files.writeString(file, table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
	}

	private String run() throws Exception {
		try (OcrEnginePool one = new OcrEnginePool(OcrEngineSettings.defaults().withEngines(1));
				OcrEnginePool two = new OcrEnginePool(OcrEngineSettings.defaults().withEngines(2));
				OcrReader plainOne = new OcrReader(one, Preprocessing.NONE);
				OcrReader fullOne = new OcrReader(one, Preprocessing.ALL);
				OcrReader fullTwo = new OcrReader(two, Preprocessing.ALL)) {
			// load every engine and warm the JIT before timing anything
			pages = read(plainOne).size();
			read(fullTwo);
			for (int round = 0; round < ROUNDS; round++) {
				Timing cli = measure(this::commandLine);
				record("cli s/page", round, cli.wall() / pages);
				record("cli cpu/page", round, cli.cpu() / pages);
				Timing warm = measure(() -> {
					ownWords = read(plainOne).stream().mapToInt(page -> page.words().size()).sum();
					return 0;
				});
				record("warm s/page", round, warm.wall() / pages);
				record("warm cpu/page", round, warm.cpu() / pages);
				record("cold s/page", round, measure(() -> {
					try (OcrEnginePool fresh = new OcrEnginePool(OcrEngineSettings.defaults().withEngines(1));
							OcrReader reader = new OcrReader(fresh, Preprocessing.NONE)) {
						read(reader);
					}
					return 0;
				}).wall() / pages);
				Timing oneWorker = measure(() -> {
					read(fullOne);
					return 0;
				});
				record("prepared s/page", round, oneWorker.wall() / pages);
				record("1 worker pages/s", round, pages / oneWorker.wall());
				record("1 worker cpu/page", round, oneWorker.cpu() / pages);
				Timing twoWorkers = measure(() -> {
					read(fullTwo);
					return 0;
				});
				record("2 workers pages/s", round, pages / twoWorkers.wall());
				record("2 workers cpu/page", round, twoWorkers.cpu() / pages);
			}
		}
		return table();
	}

	private Timing measure(Work work) throws Exception {
		Timing timing = MachineLoad.measure(work, quietWait);
		worstInterference = Math.max(worstInterference, timing.interference());
		if (timing.disturbed()) {
			disturbed++;
		}
		return timing;
	}

	private void record(String name, int round, double value) {
		results.computeIfAbsent(name, key -> new double[ROUNDS])[round] = value;
	}

	private List<PageText> read(OcrReader reader) throws IOException {
		return new ScannedDocumentReader(reader).readImage(tiff);
	}

	/** Runs the CLI under bash, which reports the CPU seconds of its children with `times`. */
	private double commandLine() throws IOException, InterruptedException {
		Path output = Files.createTempFile("ocr-bench", "");
		try {
			ProcessBuilder command = new ProcessBuilder("bash", "-c",
					"tesseract \"$1\" \"$2\" -l deu+eng --oem 1 --dpi " + DPI + " tsv >/dev/null 2>&1 || exit 3; times",
					"bench", tiff.toString(), output.toString());
			command.environment().put("OMP_THREAD_LIMIT", "1");
			command.redirectErrorStream(true);
			Process process = command.start();
			String times = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new IllegalStateException("tesseract failed (is the command line installed?)");
			}
			cliWords = Files.readAllLines(Path.of(output + ".tsv")).stream()
				.map(line -> line.split("\t", -1))
				.filter(cells -> cells.length >= 12 && cells[0].equals("5") && !cells[11].isBlank())
				.count();
			// second line: user and system time of the children, e.g. "0m6.912s 0m0.350s"
			String[] children = times.strip().split("\n")[1].trim().split("\\s+");
			return bashSeconds(children[0]) + bashSeconds(children[1]);
		}
		finally {
			Files.deleteIfExists(Path.of(output + ".tsv"));
			Files.deleteIfExists(output);
		}
	}

	private static double bashSeconds(String time) {
		String[] parts = time.replace("s", "").split("m");
		return Integer.parseInt(parts[0]) * 60 + Double.parseDouble(parts[1]);
	}

	private String table() {
		StringBuilder table = new StringBuilder();
		table.append(String.format("%n### OCR benchmark: %s, %d pages at %d dpi, deu+eng, OMP_THREAD_LIMIT=%s, "
				+ "%d cores, median of %d rounds%n%n", tiff.getFileName(), pages, DPI, System.getenv("OMP_THREAD_LIMIT"),
				Runtime.getRuntime().availableProcessors(), ROUNDS));
		table.append("| measurement | median | rounds | goal |\n|---|---|---|---|\n");
		row(table, "tesseract CLI (tsv, --oem 1, model load included), s/page", "cli s/page");
		row(table, "in-process, 1 engine, warm, no pre-processing, s/page", "warm s/page");
		row(table, "in-process, 1 engine, started per run (model load included), s/page", "cold s/page");
		row(table, "in-process, 1 engine, warm, all pre-processing, s/page", "prepared s/page");
		ratio(table, "ratio in-process warm / CLI, wall time", "warm s/page", "cli s/page", "<= 1.05");
		ratio(table, "ratio in-process started per run / CLI, wall time", "cold s/page", "cli s/page", "<= 1.05");
		row(table, "CLI, CPU s/page", "cli cpu/page");
		row(table, "in-process, 1 engine, warm, CPU s/page (whole JVM)", "warm cpu/page");
		ratio(table, "ratio in-process warm / CLI, CPU time", "warm cpu/page", "cli cpu/page", "<= 1.05");
		row(table, "1 worker, all pre-processing, pages/s", "1 worker pages/s");
		row(table, "2 workers, all pre-processing, pages/s", "2 workers pages/s");
		ratio(table, "speed-up 2 workers / 1", "2 workers pages/s", "1 worker pages/s", ">= 1.8");
		row(table, "1 worker, CPU s/page (whole JVM)", "1 worker cpu/page");
		row(table, "2 workers, CPU s/page (whole JVM)", "2 workers cpu/page");
		table.append(String.format("| words read: CLI / in-process | %d / %d | | |%n", cliWords, ownWords));
		table.append(String.format("| other work during a kept measurement, worst (cores) | %.2f | %d disturbed | <= 0.10 |%n",
				worstInterference, disturbed));
		return table.toString();
	}

	private void row(StringBuilder table, String name, String key) {
		double[] rounds = results.get(key);
		table.append(String.format("| %s | %.3f | %s | |%n", name, median(rounds),
				String.join(", ", Arrays.stream(rounds).mapToObj(value -> String.format("%.3f", value)).toList())));
	}

	private void ratio(StringBuilder table, String name, String key, String baseKey, String goal) {
		double[] own = results.get(key);
		double[] base = results.get(baseKey);
		double[] ratios = IntStream.range(0, ROUNDS).mapToDouble(round -> own[round] / base[round]).toArray();
		table.append(String.format("| %s | %.3f | %s | %s |%n", name, median(ratios),
				String.join(", ", Arrays.stream(ratios).mapToObj(value -> String.format("%.3f", value)).toList()), goal));
	}

	private static double median(double[] rounds) {
		double[] sorted = rounds.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static Path drawnPages(Path file) throws IOException {
		if (!Files.exists(file)) {
			List<BufferedImage> pages = IntStream.range(0, 10).mapToObj(variant -> InvoicePages.page(variant, DPI))
				.toList();
			InvoicePages.writeTiff(pages, DPI, file);
		}
		return file;
	}
}
