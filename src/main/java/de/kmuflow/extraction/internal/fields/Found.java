package de.kmuflow.extraction.internal.fields;

/** A typed value read from words {@code firstWord..lastWord} of a line. */
record Found<T>(T value, Line line, int firstWord, int lastWord) {

	double x() {
		return line.word(firstWord).x();
	}

	double right() {
		return line.word(lastWord).right();
	}

	double centerX() {
		return (x() + right()) / 2;
	}

	/** How sure the reader was of the words the value came from (1 for a PDF text layer). */
	double confidence() {
		return line.confidence(firstWord, lastWord);
	}

	String printed() {
		return line.text(firstWord, lastWord);
	}
}
