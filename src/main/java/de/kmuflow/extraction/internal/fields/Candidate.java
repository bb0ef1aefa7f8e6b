package de.kmuflow.extraction.internal.fields;

/** A possible value of a field with its score (0..1, roughly how likely it is right on its own). */
record Candidate<T>(T value, double score) {

	Candidate {
		score = Math.max(0, Math.min(0.99, score));
	}
}
