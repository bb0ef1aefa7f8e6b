package de.kmuflow.bench;

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
import java.util.List;
import java.util.stream.Stream;

import de.kmuflow.extraction.ExtractionSettings;
import de.kmuflow.extraction.InvoiceExtractor;
import de.kmuflow.extraction.UnreadableDocumentException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * {@code make bench}: measures kmu-flow against a reference on the same input in the same run and
 * writes a Markdown table (median of three runs each) to the file named by the first argument.
 */
public final class Benchmarks {

	private static final Path JAR = Path.of("target/kmu-flow.jar");
	private static final Path CORPUS = Path.of("../shared/corpus");
	private static final Path SAMPLES = Path.of("sample-invoices");
	private static final int RUNS = 3;

	private final BenchTable table = new BenchTable();

	public static void main(String[] args) throws Exception {
		Benchmarks benchmarks = new Benchmarks();
		// further arguments pick sections by name; none runs all
		List<String> sections = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
		if (sections.isEmpty() || sections.contains("einvoice")) {
			benchmarks.eInvoices();
		}
		if (sections.isEmpty() || sections.contains("textpdf")) {
			benchmarks.textPdfs();
		}
		if (sections.isEmpty() || sections.contains("memory")) {
			benchmarks.extractCommandMemory();
		}
		if (sections.isEmpty() || sections.contains("start")) {
			benchmarks.applicationStart();
		}
		if (sections.isEmpty() || sections.contains("folder")) {
			benchmarks.folderImport();
		}
		String markdown = benchmarks.table.toMarkdown();
		System.out.println(markdown);
		if (args.length > 0) {
			Files.writeString(Path.of(args[0]), markdown);
		}
	}

	/** E-invoices read per second, without and with the schematron validation. */
	void eInvoices() throws IOException {
		List<byte[]> invoices = read(files(CORPUS, ".xml"));
		double[] parse = new double[RUNS];
		double[] validated = new double[RUNS];
		try (InvoiceExtractor plain = InvoiceExtractor.create(ExtractionSettings.defaults().withValidation(false));
				InvoiceExtractor checking = InvoiceExtractor.create(ExtractionSettings.defaults())) {
			perSecond(plain, invoices, 1); // warm-up
			perSecond(checking, invoices.subList(0, 10), 1);
			for (int run = 0; run < RUNS; run++) {
				parse[run] = perSecond(plain, invoices, 5);
				validated[run] = perSecond(checking, invoices, 1);
			}
		}
		table.row("e-invoices read per second (" + invoices.size() + " corpus files, one thread)",
				format(median(parse), 0) + "/s", "–", "–", ">= 500/s");
		table.row("e-invoices read + schematron-validated per second", format(median(validated), 1) + "/s", "–", "–",
				"(validation: Mustang's XSLT schematron)");
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
			table.row("text-PDF pages per second", "no text PDFs in sample-invoices/", "–", "–", ">= 50/s");
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
		table.row("text-PDF pages per second (" + pdfs.size() + " PDFs, fields included)", format(median(ours), 0) + "/s",
				format(median(reference), 0) + "/s (PDFBox text only)", format(median(ours) / median(reference), 2),
				">= 50/s");
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
		List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString(), "extract"));
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
		table.row("`extract` over " + mixed.size() + " mixed files: peak resident memory",
				format(peak[0], 0) + " MiB (" + format(seconds[0], 1) + " s)", "–", "–", "< 1024 MiB");
	}

	/** Start-up time until /actuator/health answers UP, and resident memory then (H2 file database). */
	void applicationStart() throws Exception {
		double[] seconds = new double[RUNS];
		double[] resident = new double[RUNS];
		for (int run = 0; run < RUNS; run++) {
			Path data = Files.createTempDirectory("kmuflow-bench");
			int port = 18080 + run;
			long start = System.nanoTime();
			Process app = new ProcessBuilder("java", "-jar", JAR.toString(), "--server.port=" + port,
					"--kmuflow.data-dir=" + data).redirectOutput(ProcessBuilder.Redirect.DISCARD)
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
				Thread.sleep(2000); // let start-up work settle before reading memory
				resident[run] = ProcessWatch.residentMiB(app.pid());
			}
			finally {
				app.destroy();
				app.waitFor();
			}
		}
		table.row("application start until health UP (H2 file, demo users)", format(median(seconds), 1) + " s", "–",
				"–", "(report)");
		table.row("application resident memory after start", format(median(resident), 0) + " MiB", "–", "–",
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
		table.row("folder import: e-invoices per second (" + perRun + " files a run, stored + invoice + process start)",
				format(median(eInvoices), 0) + "/s", "–", "–", "(report)");
		table.row("folder import: text PDFs per second (" + perRun + " one-page PDFs a run, the same steps)",
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
