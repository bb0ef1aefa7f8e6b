package de.kmuflow.extraction.internal.fields;

import java.util.function.Function;

/** The value chosen for a field and the confidence (0..1) it earned. */
record Chosen<T>(T value, double confidence) {

	Chosen {
		confidence = Math.max(0, Math.min(1, confidence));
	}

	<R> Chosen<R> map(Function<T, R> mapping) {
		return new Chosen<>(mapping.apply(value), confidence);
	}

	Chosen<T> withConfidence(double changed) {
		return new Chosen<>(value, changed);
	}
}
