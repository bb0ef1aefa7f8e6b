package de.kmuflow.extraction;

/**
 * Reads a document a second time with what kmu-flow learned about its issuer, after the generic
 * reader: a value it takes from what was learned says so in its confidence and provenance. A module
 * that learns from corrections provides one as a bean; without it the generic reading stands.
 */
@FunctionalInterface
public interface LearnedReading {

	/** The generic reading, unchanged. */
	LearnedReading NONE = ReadDocument::invoice;

	ExtractedInvoice apply(ReadDocument document);
}
