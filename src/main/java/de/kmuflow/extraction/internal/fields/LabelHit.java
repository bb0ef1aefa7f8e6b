package de.kmuflow.extraction.internal.fields;

/** A label found on words {@code firstWord..lastWord} of a line, with how strongly it names its field (0..1). */
record LabelHit(LabelKind kind, double strength, Line line, int firstWord, int lastWord) {

	double x() {
		return line.word(firstWord).x();
	}

	double right() {
		return line.word(lastWord).right();
	}

	double centerX() {
		return (x() + right()) / 2;
	}

	/** Horizontal distance between this label and a span; 0 when they overlap. */
	double horizontalDistance(double left, double rightEdge) {
		return Math.max(0, Math.max(left - right(), x() - rightEdge));
	}
}
