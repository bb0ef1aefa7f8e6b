package de.kmuflow.extraction.internal.fields;

/**
 * A value linked to a label, with how well its place fits (0..1): right after the label on the
 * same line is best, farther right or on a line below fits less.
 */
record Located<T>(Found<T> found, LabelHit label, double geometry, boolean below) {

	T value() {
		return found.value();
	}

	/** Label strength times fit of the place times the reader's confidence in the words. */
	double score() {
		return label.strength() * geometry * (0.5 + 0.5 * found.confidence());
	}
}
