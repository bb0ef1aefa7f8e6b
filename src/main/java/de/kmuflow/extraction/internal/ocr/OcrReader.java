package de.kmuflow.extraction.internal.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

import de.kmuflow.extraction.internal.text.PageText;
import de.kmuflow.extraction.internal.text.Word;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;

/**
 * Reads page images into words with boxes (points, top-left origin, on the upright, straightened
 * page) and Tesseract's word confidences. Several pages are read in parallel, one per engine of the
 * pool.
 */
public final class OcrReader implements AutoCloseable {

	/** Below this Tesseract loses characters; such scans are scaled up to {@link #TARGET_DPI}. */
	static final int MIN_DPI = 200;
	static final int TARGET_DPI = 300;
	/**
	 * Upright print reads at 0.85-0.95 mean word confidence, upside-down print at about 0.3; only
	 * pages below this (or with words standing on end) are checked for orientation, so that upright
	 * pages do not pay for it.
	 */
	static final double CHECK_ORIENTATION_BELOW = 0.75;
	/** Tilts smaller than this change no line grouping and are not worth a resampling. */
	static final double MIN_SKEW_DEGREES = 0.15;

	private final OcrEnginePool pool;
	private final Preprocessing steps;
	private final int pageSegmentation;
	private final ExecutorService workers;

	public OcrReader(OcrEnginePool pool, Preprocessing steps) {
		this(pool, steps, TessPageSegMode.PSM_AUTO);
	}

	private OcrReader(OcrEnginePool pool, Preprocessing steps, int pageSegmentation) {
		this.pool = pool;
		this.steps = steps;
		this.pageSegmentation = pageSegmentation;
		AtomicInteger threads = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(pool.size(), task -> {
			Thread thread = new Thread(task, "ocr-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	public OcrReader(OcrEnginePool pool) {
		this(pool, Preprocessing.ALL);
	}

	/**
	 * A reader on the same engines that takes each page for one column of text of varying sizes,
	 * as a till receipt prints it: the automatic layout analysis splits its short lines into blocks
	 * and loses amounts set apart from their labels.
	 */
	public OcrReader asSingleColumn() {
		return new OcrReader(pool, steps, TessPageSegMode.PSM_SINGLE_COLUMN);
	}

	/** Reads one page on the calling thread (numbered from 1, scanned or rendered at dpi). */
	public PageText recognise(BufferedImage page, int pageNumber, int dpi) {
		return read(page, pageNumber, dpi).text();
	}

	/** Reads pages of one resolution in parallel; the result keeps their order. */
	public List<PageText> recogniseAll(List<BufferedImage> pages, int dpi) {
		try {
			return recogniseAll(pages.size(), index -> new ScannedPage(index + 1, pages.get(index), dpi));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Reads pageCount pages in parallel, taking each from the source only when a worker is about to
	 * be free, so that at most one page per engine (and one more) is held in memory.
	 */
	public List<PageText> recogniseAll(int pageCount, PageSource source) throws IOException {
		return recogniseAll(pageCount, source, index -> 0);
	}

	/**
	 * As {@link #recogniseAll(int, PageSource)}, taking the pages that are the most work first (by an
	 * estimate such as a page's compressed size; equal estimates keep their order): the pages
	 * started last are then short ones, and no engine waits long for another still on a long page
	 * at the end of the document. The result keeps the pages' order.
	 */
	public List<PageText> recogniseAll(int pageCount, PageSource source, IntToLongFunction work) throws IOException {
		// each estimate once: a sort asks for it at every comparison, and reading a TIFF page's
		// header for it takes a millisecond or more, all before the first page is started
		long[] estimates = IntStream.range(0, pageCount).mapToLong(work::applyAsLong).toArray();
		List<Integer> readingOrder = IntStream.range(0, pageCount)
			.boxed()
			.sorted(Comparator.comparingLong((Integer index) -> estimates[index]).reversed())
			.toList();
		Semaphore inFlight = new Semaphore(pool.size() + 1);
		List<Future<PageText>> results = new ArrayList<>(Collections.nCopies(pageCount, null));
		try {
			for (int index : readingOrder) {
				inFlight.acquireUninterruptibly();
				ScannedPage page;
				try {
					page = source.page(index);
				}
				catch (IOException | RuntimeException e) {
					inFlight.release();
					throw e;
				}
				results.set(index, workers.submit(() -> {
					try {
						return recognise(page.image(), page.number(), page.dpi());
					}
					finally {
						inFlight.release();
					}
				}));
			}
			List<PageText> pages = new ArrayList<>(pageCount);
			for (Future<PageText> result : results) {
				pages.add(result.get());
			}
			return pages;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OcrException("Interrupted while reading pages", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new OcrException("Reading a page failed", e.getCause());
		}
		finally {
			results.stream().filter(Objects::nonNull).forEach(result -> result.cancel(false));
		}
	}

	/** Reads a page and says which pre-processing it needed. */
	Outcome read(BufferedImage page, int pageNumber, int dpi) {
		BufferedImage image = GreyImages.toGrey(page);
		if (pageSegmentation == TessPageSegMode.PSM_SINGLE_COLUMN) {
			// a receipt read as one column is mostly photographed on a desk: the desk goes first
			image = PaperCrop.evenLight(PaperCrop.onPaper(image));
		}
		int resolution = dpi;
		boolean upscaled = false;
		if (steps.upscale() && dpi < MIN_DPI) {
			image = GreyImages.scale(image, TARGET_DPI / (double) dpi);
			resolution = TARGET_DPI;
			upscaled = true;
		}
		double skew = steps.deskew() ? SkewEstimator.clockwiseSkewDegrees(image) : 0;
		if (Math.abs(skew) >= MIN_SKEW_DEGREES) {
			image = GreyImages.rotate(image, -skew);
		}
		else {
			skew = 0;
		}
		OcrEngine engine = pool.borrow();
		try {
			Outcome upright = new Outcome(recognise(engine, image, pageNumber, resolution, pageSegmentation), upscaled, 0,
					skew);
			if (!steps.orientation()
					|| upright.meanConfidence() >= CHECK_ORIENTATION_BELOW && !upright.looksSideways()) {
				return upright;
			}
			int turns = quarterTurnsToUpright(engine, image, resolution);
			if (turns == 0) {
				return upright;
			}
			BufferedImage turned = GreyImages.rotateQuarterTurns(image, turns);
			double turnedSkew = steps.deskew() ? SkewEstimator.clockwiseSkewDegrees(turned) : 0;
			if (Math.abs(turnedSkew) >= MIN_SKEW_DEGREES) {
				turned = GreyImages.rotate(turned, -turnedSkew);
			}
			else {
				turnedSkew = 0;
			}
			Outcome other = new Outcome(recognise(engine, turned, pageNumber, resolution, pageSegmentation), upscaled,
					turns, turnedSkew);
			// the better reading wins, should detection have been wrong
			return other.quality() > upright.quality() ? other : upright;
		}
		finally {
			pool.giveBack(engine);
		}
	}

	/**
	 * Clockwise quarter turns that make the page upright. Tesseract's orientation detection reports
	 * the page's clockwise rotation; without its osd model, upside down is the guess, as pages fed
	 * the wrong way round through a scanner are the common case.
	 */
	private static int quarterTurnsToUpright(OcrEngine engine, BufferedImage image, int dpi) {
		if (!engine.canDetectOrientation()) {
			return 2;
		}
		return engine.detectOrientation(image, dpi).map(found -> Math.floorMod(-found.degrees() / 90, 4)).orElse(0);
	}

	private static PageText recognise(OcrEngine engine, BufferedImage grey, int pageNumber, int dpi,
			int pageSegmentation) {
		List<Word> words = TsvWords.parse(engine.tsv(grey, dpi, pageSegmentation), dpi);
		double pointsPerPixel = 72.0 / dpi;
		return new PageText(pageNumber, grey.getWidth() * pointsPerPixel, grey.getHeight() * pointsPerPixel, words);
	}

	/** Stops the worker threads; the pool belongs to the caller and stays open. */
	@Override
	public void close() {
		workers.shutdownNow();
	}

	/** A page's words and what was done to the page before reading it. */
	record Outcome(PageText text, boolean upscaled, int quarterTurns, double skewDegrees) {

		double meanConfidence() {
			return TsvWords.meanConfidence(text.words());
		}

		/**
		 * Tesseract reads sideways text well by itself, but its boxes then stand on end and lines
		 * run down the page: words standing taller than wide betray it.
		 */
		boolean looksSideways() {
			List<Word> longWords = text.words().stream().filter(word -> word.text().length() >= 4).toList();
			long standing = longWords.stream().filter(word -> word.height() > word.width()).count();
			return longWords.size() >= 3 && standing * 2 > longWords.size();
		}

		/**
		 * Confidently read letters; halved for a sideways reading, which Tesseract may read as well
		 * as an upright one but whose geometry is of no use.
		 */
		double quality() {
			double letters = text.words().stream().mapToDouble(word -> word.confidence() * word.text().length()).sum();
			return looksSideways() ? letters / 2 : letters;
		}
	}
}
