package de.kmuflow.bench;

import de.kmuflow.testsupport.FreePorts;
import static de.kmuflow.bench.BenchTable.format;
import static de.kmuflow.bench.BenchTable.median;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import de.kmuflow.extraction.ExtractionSettings;
import de.kmuflow.extraction.InvoiceExtractor;
import de.kmuflow.extraction.UnreadableDocumentException;
import de.kmuflow.platform.PostgresServer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code make bench}: measures kmu-flow against a reference on the same input in the same run and
 * writes one table (Markdown and JSON, medians of three runs where a run is cheap) to target/bench/.
 * Arguments name the sections to run; none runs all: validation, extraction, e2e, memory, start, folder.
 * The application is started as `make run` starts it: -Dbench.jar and its JVM options -Dbench.runOpts (class
 * data sharing archive included); JMH's forks get the heap option alone (-Dbench.javaOpts).
 */
public final class Benchmarks {

	/** The jar `make run` starts: unpacked beside its class data sharing archive (-Dbench.jar). */
	private static final Path JAR = Path.of(System.getProperty("bench.jar", "target/kmu-flow.jar"));
	private static final Path CORPUS = Path.of("../shared/corpus");
	private static final Path SAMPLES = Path.of("sample-invoices");
	private static final Path OUT = Path.of("target/bench");
	private static final int RUNS = 3;
	private static final List<String> SECTIONS = List.of("validation", "extraction", "e2e", "memory", "start", "folder");
	/** The JIT compiler counts as settled when it takes no more than this share of the CPU of a warm-up round. */
	private static final double SETTLED_COMPILER_SHARE = 0.05;
	private static final int MOST_WARM_UP_ROUNDS = 8;

	private final BenchTable table = new BenchTable();
	private final List<String> javaOptions = List.of(System.getProperty("bench.javaOpts", "-Xmx512m").trim().split("\\s+"));
	private final List<String> runOptions = List.of(System.getProperty("bench.runOpts", "-Xmx512m").trim().split("\\s+"));

	public static void main(String[] args) throws Exception {
		Benchmarks benchmarks = new Benchmarks();
		List<String> sections = args.length > 0 ? List.of(args) : SECTIONS;
		for (String section : sections) {
			switch (section) {
				case "validation" -> benchmarks.validation();
				case "extraction" -> {
					benchmarks.eInvoices();
					benchmarks.textPdfs();
				}
				case "e2e" -> benchmarks.endToEnd();
				case "memory" -> benchmarks.extractCommandMemory();
				case "start" -> benchmarks.applicationStart();
				case "folder" -> benchmarks.folderImport();
				default -> throw new IllegalArgumentException("no section " + section + "; sections: " + SECTIONS);
			}
		}
		System.out.println(benchmarks.table.toMarkdown());
		benchmarks.table.write(OUT);
	}

	/** Per document: validation with the rules compiled once against Mustang's way (JMH, after warm-up). */
	void validation() throws RunnerException {
		Options options = new OptionsBuilder().include(ValidationBenchmark.class.getName() + "\\.")
			.forks(1)
			.warmupIterations(3)
			.warmupTime(TimeValue.seconds(2))
			.measurementIterations(5)
			.measurementTime(TimeValue.seconds(2))
			.jvmArgs(javaOptions.toArray(String[]::new))
			.build();
		Map<String, Double> millis = new HashMap<>();
		for (RunResult result : new Runner(options).run()) {
			String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
			millis.put(method + " " + result.getParams().getParam("document"), result.getPrimaryResult().getScore());
		}
		for (String document : List.of(ValidationBenchmark.UBL, ValidationBenchmark.CII)) {
			String name = Path.of(document).getFileName().toString();
			table.compared("validation", "ms per document, rules compiled once: " + name,
					millis.get("compiledOnce " + document), millis.get("mustang " + document), "ms", 2,
					"Mustang as called before", "<= 5 ms");
			table.row("validation", "ms per document, 2 threads sharing the compiled rules: " + name,
					format(millis.get("compiledOnceTwoThreads " + document), 2) + " ms", "–", "–",
					"(~ one thread's with 2 free cores)");
		}
	}

	/** E-invoices read per second: read and validated, against reading alone. */
	void eInvoices() throws IOException {
		List<byte[]> invoices = read(files(CORPUS, ".xml"));
		double[] corpus = readAndValidatedPerSecond(invoices, 5, 2);
		table.compared("extraction", "e-invoice XML read + validated per second (" + invoices.size()
				+ " corpus files, one thread)", corpus[1], corpus[0], "/s", 0, "read only", ">= 200/s");
		// the typical XRechnungen of sample-invoices/ (the corpus holds the official all-fields test invoices)
		List<byte[]> typical = read(files(SAMPLES, ".xml"));
		double[] samples = readAndValidatedPerSecond(typical, 50, 20);
		table.compared("extraction", "typical XRechnung read + validated per second (" + typical.size()
				+ " files of sample-invoices/, one thread)", samples[1], samples[0], "/s", 0, "read only", ">= 200/s");
		List<byte[]> zugferd = read(files(SAMPLES, ".pdf").stream()
			.filter(path -> path.getFileName().toString().startsWith("zugferd-"))
			.toList());
		double[] pdfs = new double[RUNS];
		try (InvoiceExtractor checking = InvoiceExtractor.create(ExtractionSettings.defaults())) {
			checking.prepare();
			perSecond(checking, zugferd, 10);
			for (int run = 0; run < RUNS; run++) {
				pdfs[run] = perSecond(checking, zugferd, 5);
			}
		}
		table.row("extraction", "ZUGFeRD PDF read + validated per second (" + zugferd.size() + " samples)",
				format(median(pdfs), 0) + "/s", "–", "–", "(report)");
	}

	/** Medians of documents per second read alone and read + validated, after a warm-up round of each. */
	private static double[] readAndValidatedPerSecond(List<byte[]> documents, int plainRounds, int checkingRounds) {
		double[] parse = new double[RUNS];
		double[] validated = new double[RUNS];
		try (InvoiceExtractor plain = InvoiceExtractor.create(ExtractionSettings.defaults().withValidation(false));
				InvoiceExtractor checking = InvoiceExtractor.create(ExtractionSettings.defaults())) {
			checking.prepare();
			perSecond(plain, documents, plainRounds);
			perSecond(checking, documents, checkingRounds);
			for (int run = 0; run < RUNS; run++) {
				parse[run] = perSecond(plain, documents, plainRounds);
				validated[run] = perSecond(checking, documents, checkingRounds);
			}
		}
		return new double[] { median(parse), median(validated) };
	}

	/** End to end on H2 and on PostgreSQL, each against bare instances on the same node in the same run. */
	void endToEnd() throws Exception {
		loadApplication("H2", List.of());
		if (!System.getProperty("bench.e2e.postgres", "true").equals("true")) {
			return;
		}
		// the tests' throw-away server: durability settings off (fsync, synchronous commit), as in the tests
		try (PostgresServer postgres = PostgresServer.start()) {
			postgres.createDatabase("kmuflow");
			List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres"));
			postgres.springProperties("kmuflow").forEach(property -> arguments.add("--" + property));
			loadApplication("PostgreSQL", arguments);
		}
		catch (RuntimeException e) {
			table.row("e2e", "PostgreSQL", "not measured: " + e.getMessage().lines().findFirst().orElse(""), "–", "–", "");
		}
	}

	/** Uploads until waiting in a user task, against bare instances, 4 and 8 clients; memory meanwhile. */
	private void loadApplication(String database, List<String> arguments) throws Exception {
		List<byte[]> corpus = read(files(CORPUS, ".xml"));
		try (EndToEndBench app = new EndToEndBench(JAR, runOptions, arguments)) {
			table.row("e2e", database + ": start until health UP (`make run`'s JVM options)",
					format(app.startSeconds(), 1) + " s", "–", "–", "<= 15 s idle");
			// warm-up until the JIT compiler is done: with a fixed 250 invoices C2 still took a third of the
			// application's CPU during the measurement (JFR, jdk.ThreadCPULoad), so the rate measured the compiler
			// as much as the application. A server runs for days; what counts is the steady state.
			int rounds = 0;
			double compilerShare;
			do {
				rounds++;
				compilerShare = Math.max(app.bareInstances(300, 4).compilerShare(),
						app.invoices(uniqueEInvoices(corpus, 250, "warm-up" + rounds), 8).compilerShare());
			}
			while (compilerShare > SETTLED_COMPILER_SHARE && rounds < MOST_WARM_UP_ROUNDS);
			table.row("e2e", database + ": warm-up rounds (300 bare instances + 250 e-invoices each) until the JIT compiler"
					+ " took <= " + format(SETTLED_COMPILER_SHARE * 100, 0) + " % of the CPU", Integer.toString(rounds),
					"last round: " + format(compilerShare * 100, 0) + " %", "–", "(report)");
			for (int clients : List.of(4, 8)) {
				EndToEndBench.Load bare = app.bareInstances(300, clients);
				EndToEndBench.Load invoices = app.invoices(uniqueEInvoices(corpus, 200, "clients" + clients), clients);
				String name = database + ", " + clients + " clients: ";
				table.compared("e2e", name + "e-invoices per second, upload until waiting in its user task ("
						+ invoices.count() + ")", invoices.perSecond(), bare.perSecond(), "/s", 1,
						"bare start -> user task instances", "ratio >= 0.5");
				// CPU time, unlike the rate, hardly depends on what else the shared machine is doing
				table.compared("e2e", name + "application CPU per e-invoice (all threads)", invoices.cpuMillisEach(),
						bare.cpuMillisEach(), "ms", 1, "per bare instance", "ratio <= 2");
				table.row("e2e", name + "share of the application CPU the JIT compiler took meanwhile",
						format(invoices.compilerShare() * 100, 0) + " %", format(bare.compilerShare() * 100, 0) + " % (bare)",
						"–", "(report)");
				table.compared("e2e", name + "p95 answer", invoices.p95Millis(), bare.p95Millis(), "ms", 0, "bare start",
						"<= 200 ms");
				table.row("e2e", name + "error answers or unsettled", invoices.errors() + " of " + invoices.count(),
						bare.errors() + " of " + bare.count() + " (bare)", "–", "0");
			}
			table.row("memory", database + ": peak resident memory under the e2e load",
					format(app.peakResidentMiB(), 0) + " MiB", "–", "–", "<= 1024 MiB");
			String histogram = app.heapHistogram();
			Files.createDirectories(OUT);
			Files.writeString(OUT.resolve("heap-histogram-" + database.toLowerCase() + ".txt"), histogram);
			table.row("memory", database + ": live heap after the load (jcmd GC.class_histogram)",
					HeapHistogram.summary(histogram), "–", "–", "(report)");
			String nativeMemory = app.nativeMemory();
			if (!nativeMemory.isEmpty()) {
				Files.writeString(OUT.resolve("native-memory-" + database.toLowerCase() + ".txt"), nativeMemory);
				table.row("memory", database + ": committed memory after the load (jcmd VM.native_memory summary)",
						NativeMemory.summary(nativeMemory), "–", "–", "(report)");
			}
		}
	}

	/** Text-PDF pages per second through kmu-flow's reader vs PDFBox's plain text extraction. */
	void textPdfs() throws IOException {
		List<byte[]> pdfs = new ArrayList<>();
		for (Path file : files(SAMPLES, ".pdf")) {
			byte[] content = Files.readAllBytes(file);
			try (PDDocument document = Loader.loadPDF(content)) {
				if (new PDFTextStripper().getText(document).strip().length() > 200) {
					pdfs.add(content);
				}
			}
			catch (IOException e) {
				// bad samples are not benchmarked
			}
		}
		if (pdfs.isEmpty()) {
			table.row("extraction", "text-PDF pages per second", "no text PDFs in sample-invoices/", "–", "–", ">= 50/s");
			return;
		}
		int pages = 0;
		for (byte[] pdf : pdfs) {
			try (PDDocument document = Loader.loadPDF(pdf)) {
				pages += document.getNumberOfPages();
			}
		}
		double[] ours = new double[RUNS];
		double[] reference = new double[RUNS];
		try (InvoiceExtractor extractor = InvoiceExtractor.create(ExtractionSettings.defaults())) {
			perSecond(extractor, pdfs, 1);
			for (int run = 0; run < RUNS; run++) {
				ours[run] = perSecond(extractor, pdfs, 3) * pages / pdfs.size();
				reference[run] = plainTextPerSecond(pdfs, 3) * pages / pdfs.size();
			}
		}
		table.compared("extraction", "text-PDF pages per second (" + pdfs.size() + " PDFs, fields included)", median(ours),
				median(reference), "/s", 0, "PDFBox text only", ">= 50/s");
	}

	/** Peak resident memory of the command line over 200 mixed files. */
	void extractCommandMemory() throws Exception {
		List<Path> mixed = new ArrayList<>(files(CORPUS, ".xml"));
		List<Path> samples = files(SAMPLES, "");
		for (int i = 0; mixed.size() < 200 && !samples.isEmpty(); i++) {
			mixed.add(samples.get(i % samples.size()));
		}
		double[] peak = new double[1];
		double[] seconds = new double[1];
		List<String> command = new ArrayList<>(List.of("java"));
		command.addAll(runOptions);
		command.addAll(List.of("-jar", JAR.toString(), "extract"));
		mixed.forEach(file -> command.add(file.toString()));
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		while (process.isAlive()) {
			peak[0] = Math.max(peak[0], ProcessWatch.peakResidentMiB(process.pid()));
			Thread.sleep(100);
		}
		seconds[0] = (System.nanoTime() - start) / 1e9;
		table.row("memory", "`extract` over " + mixed.size() + " mixed files (OCR included): peak resident memory",
				format(peak[0], 0) + " MiB (" + format(seconds[0], 1) + " s)", "–", "–", "< 1024 MiB");
	}

	/**
	 * Start-up time until /actuator/health answers UP, and resident memory then (H2 file database). There is
	 * no bare Spring Boot + Camunda application to compare with, so beside the wall time stand what does not
	 * depend on the other work on the machine: the CPU seconds the start used (on an idle machine with n
	 * cores it takes at least that divided by n), and how busy other work kept the cores meanwhile.
	 */
	void applicationStart() throws Exception {
		double[] seconds = new double[RUNS];
		double[] cpu = new double[RUNS];
		double[] othersBusy = new double[RUNS];
		double[] resident = new double[RUNS];
		List<String> loads = new ArrayList<>();
		int cores = Runtime.getRuntime().availableProcessors();
		for (int run = 0; run < RUNS; run++) {
			MachineLoad.waitUntilQuiet(java.time.Duration.ofSeconds(30));
			loads.add(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
			Path data = Files.createTempDirectory("kmuflow-bench");
			int port = FreePorts.any();
			List<String> command = new ArrayList<>(List.of("java"));
			command.addAll(runOptions);
			command.addAll(List.of("-jar", JAR.toString(), "--server.port=" + port, "--kmuflow.data-dir=" + data));
			double machineCpuBefore = MachineLoad.machineBusySeconds();
			long start = System.nanoTime();
			Process app = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			try {
				HttpClient http = HttpClient.newHttpClient();
				while (true) {
					try {
						HttpResponse<String> health = http.send(
								HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
								HttpResponse.BodyHandlers.ofString());
						if (health.body().contains("UP")) {
							break;
						}
					}
					catch (IOException e) {
						// not listening yet
					}
					if (!app.isAlive() || System.nanoTime() - start > 180e9) {
						throw new IllegalStateException("application did not start");
					}
					Thread.sleep(100);
				}
				seconds[run] = (System.nanoTime() - start) / 1e9;
				cpu[run] = ProcessWatch.cpuSeconds(app.pid());
				othersBusy[run] = Math.max(0, MachineLoad.machineBusySeconds() - machineCpuBefore - cpu[run]) / seconds[run];
				Thread.sleep(2000); // let start-up work settle before reading memory
				resident[run] = ProcessWatch.residentMiB(app.pid());
			}
			finally {
				app.destroy();
				app.waitFor();
			}
		}
		table.row("start", "application start until health UP (H2 file, demo users, median of " + RUNS + ")",
				format(median(seconds), 1) + " s", "1-min load average before each start: " + String.join(", ", loads),
				"–", "<= 15 s idle");
		table.row("start", "CPU seconds the start used until health UP (all threads, median)",
				format(median(cpu), 1) + " s", "at least " + format(median(cpu) / cores, 1) + " s of wall time on "
						+ cores + " idle cores", "–", "(report)");
		table.row("start", "cores kept busy by other work during the start (median)", format(median(othersBusy), 2),
				"–", "–", "(0 on an idle machine)");
		table.row("start", "application resident memory after start", format(median(resident), 0) + " MiB", "–", "–",
				"(report)");
	}

	/** Files per second through the folder import (store, invoice, process start), e-invoices and text PDFs. */
	void folderImport() throws Exception {
		List<byte[]> corpus = read(files(CORPUS, ".xml"));
		int perRun = 200;
		double[] eInvoices = new double[RUNS];
		double[] textPdfs = new double[RUNS];
		try (FolderImportBench bench = new FolderImportBench()) {
			bench.filesPerSecond(uniqueTextPdfs(50, "warm-up"), ".pdf");
			for (int run = 0; run < RUNS; run++) {
				eInvoices[run] = bench.filesPerSecond(uniqueEInvoices(corpus, perRun, "run" + run), ".xml");
				textPdfs[run] = bench.filesPerSecond(uniqueTextPdfs(perRun, "run" + run), ".pdf");
			}
		}
		table.row("folder", "folder import: e-invoices per second (" + perRun + " files a run, stored + invoice + process start)",
				format(median(eInvoices), 0) + "/s", "–", "–", "(report)");
		table.row("folder", "folder import: text PDFs per second (" + perRun + " one-page PDFs a run, the same steps)",
				format(median(textPdfs), 0) + "/s", "–", "–", "(report)");
	}

	/** Corpus e-invoices, each made unique by a comment: the same bytes twice would be a duplicate. */
	private static List<byte[]> uniqueEInvoices(List<byte[]> corpus, int count, String run) {
		List<byte[]> unique = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String xml = new String(corpus.isEmpty() ? de.kmuflow.intake.TestDocuments.eInvoice("B-" + i)
					: corpus.get(i % corpus.size()), java.nio.charset.StandardCharsets.UTF_8);
			unique.add((xml + "\n<!-- bench " + run + " " + i + " " + System.nanoTime() + " -->\n")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		return unique;
	}

	private static List<byte[]> uniqueTextPdfs(int count, String run) {
		List<byte[]> pdfs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			pdfs.add(de.kmuflow.intake.TestDocuments.textPdf("BENCH-" + run + "-" + i + "-" + System.nanoTime()));
		}
		return pdfs;
	}

	private static double perSecond(InvoiceExtractor extractor, List<byte[]> documents, int rounds) {
		long start = System.nanoTime();
		int count = 0;
		for (int round = 0; round < rounds; round++) {
			for (byte[] document : documents) {
				try {
					extractor.extract(document);
				}
				catch (UnreadableDocumentException e) {
					throw new IllegalStateException(e);
				}
				count++;
			}
		}
		return count / ((System.nanoTime() - start) / 1e9);
	}

	private static double plainTextPerSecond(List<byte[]> pdfs, int rounds) throws IOException {
		long start = System.nanoTime();
		int count = 0;
		for (int round = 0; round < rounds; round++) {
			for (byte[] pdf : pdfs) {
				try (PDDocument document = Loader.loadPDF(pdf)) {
					new PDFTextStripper().writeText(document, new StringWriter());
				}
				count++;
			}
		}
		return count / ((System.nanoTime() - start) / 1e9);
	}

	private static List<byte[]> read(List<Path> files) throws IOException {
		List<byte[]> contents = new ArrayList<>();
		for (Path file : files) {
			contents.add(Files.readAllBytes(file));
		}
		return contents;
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile)
				.filter(path -> path.toString().toLowerCase().endsWith(suffix))
				.filter(path -> !path.toString().contains("/bad/") && !path.toString().contains("/expected/")
						&& !path.toString().contains("/truth/") && !path.toString().endsWith(".md"))
				.sorted()
				.toList();
		}
	}

}
