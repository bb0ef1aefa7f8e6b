package de.kmuflow.extraction.internal.ocr;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import de.kmuflow.bench.MachineLoad;
import de.kmuflow.extraction.internal.text.PageText;

/**
 * Measures what each pre-processing step does for recognition: words found, lines read level,
 * seconds per page, with and without the step, on drawn invoice pages with scanner-like noise.
 * Run with OMP_THREAD_LIMIT=1; prints a Markdown table (appended to -Dbench.out if set).
 */
public final class OcrPreprocessingMeasurement {

	private static final int PAGES_PER_CASE = 4;
	private static final Duration QUIET_WAIT = Duration.ofSeconds(Long.getLong("bench.quietWaitSeconds", 600));

	public static void main(String[] args) throws Exception {
		List<String> rows = new ArrayList<>();
		try (OcrEnginePool pool = new OcrEnginePool(OcrEngineSettings.defaults().withEngines(1));
				OcrReader none = new OcrReader(pool, Preprocessing.NONE)) {
			none.recognise(InvoicePages.page(0, 300), 1, 300);
			BufferedImage colour = colour(InvoicePages.page(0, 300));
			double conversion = MachineLoad.measure(() -> {
				for (int i = 0; i < 5; i++) {
					GreyImages.toGrey(colour);
				}
				return 0;
			}, QUIET_WAIT).wall() / 5;
			rows.add(String.format("| grey: RGB page to 8-bit grey | - | - | %.3f s per conversion |", conversion));
			for (int dpi : new int[] { 150, 100 }) {
				rows.add(compare("upscale: scanned at " + dpi + " dpi", pool, new Preprocessing(true, false, false),
						variant -> scanned(InvoicePages.page(variant, dpi), variant), dpi));
			}
			rows.add(compare("orientation: upright page (cost only)", pool, new Preprocessing(false, true, false),
					variant -> scanned(InvoicePages.page(variant, 300), variant), 300));
			rows.add(compare("orientation: upside down", pool, new Preprocessing(false, true, false),
					variant -> GreyImages.rotateQuarterTurns(scanned(InvoicePages.page(variant, 300), variant), 2), 300));
			rows.add(compare("orientation: sideways (90° clockwise)", pool, new Preprocessing(false, true, false),
					variant -> GreyImages.rotateQuarterTurns(scanned(InvoicePages.page(variant, 300), variant), 1), 300));
			for (double degrees : new double[] { 1.0, 2.5 }) {
				rows.add(compare("deskew: tilted " + degrees + "°", pool, new Preprocessing(false, false, true),
						variant -> scanned(GreyImages.rotate(InvoicePages.page(variant, 300), degrees), variant), 300));
			}
			rows.add(compare("deskew: straight page (cost only)", pool, new Preprocessing(false, false, true),
					variant -> scanned(InvoicePages.page(variant, 300), variant), 300));
		}
		StringBuilder table = new StringBuilder("\n### OCR pre-processing, " + PAGES_PER_CASE
				+ " drawn invoice pages with scanner-like noise per case, 1 engine\n\n"
				+ "| case | words found without -> with | lines level without -> with | s/page without -> with |\n"
				+ "|---|---|---|---|\n");
		rows.forEach(row -> table.append(row).append('\n'));
		System.out.print(table);
		String out = System.getProperty("bench.out");
		if (out != null) {
			Files.writeString(Path.of(out), table, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
	}

	private static String compare(String name, OcrEnginePool pool, Preprocessing step, IntFunction<BufferedImage> pages,
			int dpi) {
		Result without = run(new OcrReader(pool, Preprocessing.NONE), pages, dpi);
		Result with = run(new OcrReader(pool, step), pages, dpi);
		return String.format("| %s | %.1f %% -> %.1f %% | %.1f %% -> %.1f %% | %.2f -> %.2f |", name,
				100 * without.words, 100 * with.words, 100 * without.lines, 100 * with.lines, without.seconds,
				with.seconds);
	}

	private static Result run(OcrReader reader, IntFunction<BufferedImage> pages, int dpi) {
		List<BufferedImage> images = IntStream.range(0, PAGES_PER_CASE).mapToObj(pages).toList();
		double[] quality = new double[2];
		try (reader) {
			MachineLoad.Timing timing = MachineLoad.measure(() -> {
				quality[0] = 0;
				quality[1] = 0;
				for (int variant = 0; variant < PAGES_PER_CASE; variant++) {
					PageText text = reader.recognise(images.get(variant), 1, dpi);
					quality[0] += PageQuality.wordsFound(InvoicePages.words(variant), text);
					quality[1] += PageQuality.linesLevel(InvoicePages.lines(variant), text);
				}
				return 0;
			}, QUIET_WAIT);
			return new Result(quality[0] / PAGES_PER_CASE, quality[1] / PAGES_PER_CASE,
					timing.wall() / PAGES_PER_CASE);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static BufferedImage scanned(BufferedImage page, int seed) {
		return InvoicePages.scanned(page, seed);
	}

	private static BufferedImage colour(BufferedImage grey) {
		BufferedImage colour = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_RGB);
		colour.getGraphics().drawImage(grey, 0, 0, null);
		return colour;
	}

	private record Result(double words, double lines, double seconds) {
	}
}
