package de.kmuflow.extraction.internal.fields;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Ranks the candidates of one field. Candidates with the same value (the same IBAN in the
 * letterhead and in the footer) support each other: their scores combine like independent
 * evidence, 1 - (1 - a)(1 - b). The field's confidence is the best score, lowered by the share a
 * different runner-up takes: best * best / (best + runnerUp). One strong candidate gives a high
 * confidence, two equally strong ones give half of it.
 */
final class Ranking<T> {

	record Ranked<T>(T value, double score) {
	}

	private final List<Ranked<T>> ranked;

	private Ranking(List<Ranked<T>> ranked) {
		this.ranked = ranked;
	}

	static <T> Ranking<T> of(List<Candidate<T>> candidates) {
		return of(candidates, Function.identity());
	}

	static <T> Ranking<T> of(List<Candidate<T>> candidates, Function<T, ?> sameValue) {
		return of(candidates, sameValue, 1);
	}

	/**
	 * With {@code repeatWeight} below 1, repetition supports a value less: for amounts, where the
	 * same number printed in several places may be a coincidence ("100,00" three times).
	 */
	static <T> Ranking<T> of(List<Candidate<T>> candidates, Function<T, ?> sameValue, double repeatWeight) {
		Map<Object, T> values = new LinkedHashMap<>();
		Map<Object, Double> best = new LinkedHashMap<>();
		Map<Object, Double> missing = new LinkedHashMap<>();
		for (Candidate<T> candidate : candidates) {
			if (candidate.value() == null || candidate.score() <= 0) {
				continue;
			}
			Object key = sameValue.apply(candidate.value());
			if (!best.containsKey(key) || candidate.score() > best.get(key)) {
				best.put(key, candidate.score());
				values.put(key, candidate.value());
			}
			missing.merge(key, 1 - candidate.score(), (a, b) -> a * b);
		}
		List<Ranked<T>> ranked = new ArrayList<>();
		for (Object key : values.keySet()) {
			double single = best.get(key);
			double combined = 1 - missing.get(key);
			ranked.add(new Ranked<>(values.get(key), single + repeatWeight * (combined - single)));
		}
		ranked.sort(Comparator.comparingDouble((Ranked<T> r) -> r.score()).reversed());
		return new Ranking<>(ranked);
	}

	Optional<T> best() {
		return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0).value());
	}

	double bestScore() {
		return ranked.isEmpty() ? 0 : ranked.get(0).score();
	}

	double runnerUpScore() {
		return ranked.size() < 2 ? 0 : ranked.get(1).score();
	}

	double confidence() {
		double best = bestScore();
		return best <= 0 ? 0 : best * best / (best + runnerUpScore());
	}

	List<Ranked<T>> ranked() {
		return ranked;
	}

	/** The best value, or nothing when even the best is too weak to show. */
	Optional<Chosen<T>> choose(double minimumScore) {
		if (ranked.isEmpty() || bestScore() < minimumScore) {
			return Optional.empty();
		}
		return Optional.of(new Chosen<>(ranked.get(0).value(), confidence()));
	}
}
