package de.kmuflow.extraction.internal.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where Tesseract's models are, and whether the ones we need are there. */
final class Tessdata {

	static final Path DEBIAN_DIRECTORY = Path.of("/usr/share/tesseract-ocr/5/tessdata");

	private Tessdata() {
	}

	/** TESSDATA_PREFIX if set (Tesseract 4/5 expect the tessdata folder itself), else Debian's folder. */
	static Path directory() {
		String prefix = System.getenv("TESSDATA_PREFIX");
		return prefix == null || prefix.isBlank() ? DEBIAN_DIRECTORY : Path.of(prefix);
	}

	static boolean hasModel(Path directory, String language) {
		return Files.isRegularFile(directory.resolve(language + ".traineddata"));
	}

	/** Fails with a message an operator can act on; Tesseract itself would only say "init failed". */
	static void requireModels(Path directory, String languages) {
		List<String> missing = new ArrayList<>();
		for (String language : languages.split("\\+")) {
			if (!hasModel(directory, language)) {
				missing.add(language);
			}
		}
		if (!missing.isEmpty()) {
			String packages = String.join(" ", missing.stream().map(l -> "tesseract-ocr-" + l).toList());
			throw new OcrException("Tesseract models missing in " + directory + ": "
					+ String.join(", ", missing.stream().map(l -> l + ".traineddata").toList())
					+ " (Debian: apt-get install tesseract-ocr " + packages
					+ ", or point TESSDATA_PREFIX to a tessdata folder)");
		}
	}
}
