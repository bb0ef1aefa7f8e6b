package de.kmuflow.extraction.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class RankingTest {

	@Test
	void aLoneStrongCandidateKeepsItsScore() {
		Ranking<String> ranking = Ranking.of(List.of(new Candidate<>("RE-1", 0.9)));

		assertThat(ranking.best()).contains("RE-1");
		assertThat(ranking.confidence()).isCloseTo(0.9, within(1e-9));
	}

	@Test
	void candidatesWithTheSameValueSupportEachOther() {
		Ranking<String> ranking = Ranking.of(List.of(new Candidate<>("DE89", 0.6), new Candidate<>("DE89", 0.5),
				new Candidate<>("AT61", 0.7)));

		assertThat(ranking.best()).contains("DE89");
		assertThat(ranking.bestScore()).isCloseTo(0.8, within(1e-9));
	}

	@Test
	void anEqualRivalHalvesTheConfidence() {
		Ranking<String> ranking = Ranking.of(List.of(new Candidate<>("a", 0.8), new Candidate<>("b", 0.8)));

		assertThat(ranking.confidence()).isCloseTo(0.4, within(1e-9));
	}

	@Test
	void choosesNothingBelowTheMinimum() {
		assertThat(Ranking.of(List.of(new Candidate<>("weak", 0.1))).choose(0.2)).isEmpty();
		assertThat(Ranking.<String>of(List.of()).choose(0.2)).isEmpty();
	}
}
