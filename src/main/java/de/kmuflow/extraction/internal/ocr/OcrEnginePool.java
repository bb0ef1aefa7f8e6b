package de.kmuflow.extraction.internal.ocr;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A fixed number of Tesseract engines, each lent to one thread at a time. Engines are loaded on
 * first demand (loading the models takes a third of a second and ~100 MB each) and then kept, so a
 * page never pays for loading. Closing ends every engine; one still lent out is ended when it
 * comes back.
 */
public final class OcrEnginePool implements AutoCloseable {

	private final OcrEngineSettings settings;
	private final Semaphore free;
	private final Deque<OcrEngine> idle = new ArrayDeque<>();
	private final List<OcrEngine> started = new ArrayList<>();
	private boolean closed;

	public OcrEnginePool(OcrEngineSettings settings) {
		this.settings = settings;
		this.free = new Semaphore(settings.engines(), true);
	}

	public OcrEnginePool() {
		this(OcrEngineSettings.defaults());
	}

	/** How many engines the pool may hold, and so how many pages can be read at once. */
	public int size() {
		return settings.engines();
	}

	/** Engines loaded so far. */
	public synchronized int started() {
		return started.size();
	}

	/** Waits up to the configured timeout for a free engine; give it back with {@link #giveBack}. */
	public OcrEngine borrow() {
		return borrow(settings.borrowTimeout());
	}

	public OcrEngine borrow(Duration timeout) {
		try {
			if (!free.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new OcrException("No OCR engine became free within " + timeout.toSeconds() + " s");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OcrException("Interrupted while waiting for an OCR engine", e);
		}
		try {
			return takeOrStart();
		}
		catch (RuntimeException | Error e) {
			free.release();
			throw e;
		}
	}

	private OcrEngine takeOrStart() {
		synchronized (this) {
			requireOpen();
			OcrEngine engine = idle.pollFirst();
			if (engine != null) {
				return engine;
			}
		}
		// loading takes a while: not under the lock, so other threads can take idle engines meanwhile
		OcrEngine engine = OcrEngine.start(settings);
		synchronized (this) {
			if (closed) {
				engine.end();
				requireOpen();
			}
			started.add(engine);
		}
		return engine;
	}

	public void giveBack(OcrEngine engine) {
		synchronized (this) {
			if (!started.contains(engine)) {
				throw new IllegalArgumentException("engine does not belong to this pool");
			}
			if (idle.contains(engine)) {
				throw new IllegalStateException("engine was already given back");
			}
			if (closed) {
				engine.end();
			}
			else {
				// last in, first out: the engine that just worked has its memory warm
				idle.addFirst(engine);
			}
		}
		free.release();
	}

	/** Runs work with a borrowed engine and gives it back afterwards, also on failure. */
	public <T> T withEngine(Function<OcrEngine, T> work) {
		OcrEngine engine = borrow();
		try {
			return work.apply(engine);
		}
		finally {
			giveBack(engine);
		}
	}

	private void requireOpen() {
		if (closed) {
			throw new OcrException("OCR engine pool is closed");
		}
	}

	/** Ends idle engines now; waits briefly for lent ones, which are otherwise ended on return. */
	@Override
	public void close() {
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
		}
		boolean allBack = false;
		try {
			allBack = free.tryAcquire(settings.engines(), 10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		synchronized (this) {
			idle.forEach(OcrEngine::end);
			idle.clear();
		}
		if (allBack) {
			free.release(settings.engines());
		}
	}
}
