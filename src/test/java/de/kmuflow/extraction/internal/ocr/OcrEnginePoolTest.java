package de.kmuflow.extraction.internal.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.kmuflow.extraction.internal.text.PageText;

/** The pool with real engines: lending, reuse, limits and shutdown. */
class OcrEnginePoolTest {

	@Test
	void readsEightPagesOnTwoEnginesWithoutSharingOne() {
		List<BufferedImage> pages = IntStream.range(0, 8).mapToObj(variant -> InvoicePages.page(variant, 300)).toList();
		Set<OcrEngine> inUse = ConcurrentHashMap.newKeySet();
		AtomicInteger overlaps = new AtomicInteger();
		try (OcrEnginePool pool = new OcrEnginePool(OcrEngineSettings.defaults().withEngines(2));
				OcrReader reader = new OcrReader(pool)) {
			List<PageText> texts = reader.recogniseAll(pages, 300);

			assertThat(texts).extracting(PageText::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
			for (int variant = 0; variant < 8; variant++) {
				PageText text = texts.get(variant);
				assertThat(PageQuality.word(text, "RE-2026-" + String.format("%04d", 815 + variant))).isPresent();
				assertThat(PageQuality.wordsFound(InvoicePages.words(variant), text)).isGreaterThan(0.93);
			}
			assertThat(pool.started()).isEqualTo(2);

			// eight threads at once on two engines: the pool must hand each engine to one thread only
			List<Thread> threads = new ArrayList<>();
			for (int variant = 0; variant < 8; variant++) {
				BufferedImage page = pages.get(variant);
				threads.add(new Thread(() -> pool.withEngine(engine -> {
					if (!inUse.add(engine)) {
						overlaps.incrementAndGet();
					}
					try {
						return engine.tsv(page, 300);
					}
					finally {
						inUse.remove(engine);
					}
				})));
			}
			threads.forEach(Thread::start);
			for (Thread thread : threads) {
				thread.join();
			}
		}
		catch (InterruptedException e) {
			throw new AssertionError(e);
		}
		assertThat(overlaps).hasValue(0);
	}

	@Test
	void startsEnginesOnDemandAndReusesThem() {
		try (OcrEnginePool pool = new OcrEnginePool(OcrEngineSettings.defaults().withEngines(2))) {
			assertThat(pool.started()).isZero();

			OcrEngine first = pool.borrow();
			pool.giveBack(first);
			OcrEngine second = pool.borrow();
			pool.giveBack(second);

			assertThat(second).isSameAs(first);
			assertThat(pool.started()).isEqualTo(1);
		}
	}

	@Test
	void givesUpWhenNoEngineBecomesFree() {
		try (OcrEnginePool pool = new OcrEnginePool(OcrEngineSettings.defaults().withEngines(1))) {
			OcrEngine lent = pool.borrow();

			assertThatThrownBy(() -> pool.borrow(Duration.ofMillis(100))).isInstanceOf(OcrException.class)
				.hasMessageContaining("No OCR engine became free");

			pool.giveBack(lent);
			pool.giveBack(pool.borrow(Duration.ofMillis(100)));
		}
	}

	@Test
	void refusesASecondThreadInOneEngine() throws InterruptedException {
		try (OcrEnginePool pool = new OcrEnginePool(OcrEngineSettings.defaults().withEngines(1))) {
			OcrEngine engine = pool.borrow();
			BufferedImage page = InvoicePages.page(0, 300);
			CountDownLatch start = new CountDownLatch(1);
			List<Throwable> refused = new CopyOnWriteArrayList<>();
			List<Thread> threads = List.of(new Thread(() -> readAfter(start, engine, page, refused)),
					new Thread(() -> readAfter(start, engine, page, refused)));
			threads.forEach(Thread::start);
			start.countDown();
			for (Thread thread : threads) {
				thread.join();
			}
			pool.giveBack(engine);

			// one thread read the page while the other was turned away instead of entering the engine
			assertThat(refused).singleElement().hasToString(
					"java.lang.IllegalStateException: OCR engine used by two threads at once");
		}
	}

	private static void readAfter(CountDownLatch start, OcrEngine engine, BufferedImage page, List<Throwable> refused) {
		try {
			start.await();
			engine.tsv(page, 300);
		}
		catch (IllegalStateException e) {
			refused.add(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void namesMissingModels(@TempDir Path emptyFolder) {
		OcrEngineSettings settings = new OcrEngineSettings(emptyFolder, "deu+eng", 1, Duration.ofSeconds(1));
		try (OcrEnginePool pool = new OcrEnginePool(settings)) {
			assertThatThrownBy(pool::borrow).isInstanceOf(OcrException.class)
				.hasMessageContaining("deu.traineddata, eng.traineddata")
				.hasMessageContaining("apt-get install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng");
			// the failed start gave its place back
			assertThatThrownBy(() -> pool.borrow(Duration.ofMillis(100))).hasMessageContaining("traineddata");
		}
	}

	@Test
	void lendsNothingOnceClosed() {
		OcrEnginePool pool = new OcrEnginePool(OcrEngineSettings.defaults().withEngines(1));
		pool.giveBack(pool.borrow());

		pool.close();

		assertThatThrownBy(pool::borrow).isInstanceOf(OcrException.class).hasMessageContaining("closed");
	}
}
