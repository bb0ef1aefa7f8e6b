package de.kmuflow.extraction.internal.ocr;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the engine pool is set up.
 *
 * @param dataPath folder with the *.traineddata models
 * @param languages Tesseract languages, e.g. "deu+eng"
 * @param engines how many engines (and so pages at once); one per core is fastest
 * @param borrowTimeout how long a caller waits for a free engine before giving up
 */
public record OcrEngineSettings(Path dataPath, String languages, int engines, Duration borrowTimeout) {

	public OcrEngineSettings {
		if (engines < 1) {
			throw new IllegalArgumentException("engines must be at least 1, was " + engines);
		}
	}

	/** deu+eng, one engine per core, models from TESSDATA_PREFIX or Debian's folder. */
	public static OcrEngineSettings defaults() {
		return new OcrEngineSettings(Tessdata.directory(), "deu+eng", Runtime.getRuntime().availableProcessors(),
				Duration.ofMinutes(2));
	}

	public OcrEngineSettings withEngines(int count) {
		return new OcrEngineSettings(dataPath, languages, count, borrowTimeout);
	}

	public OcrEngineSettings withBorrowTimeout(Duration timeout) {
		return new OcrEngineSettings(dataPath, languages, engines, timeout);
	}
}
