package de.kmuflow.adoption.internal;

import static de.kmuflow.adoption.internal.MeasureStatus.DONE;
import static de.kmuflow.adoption.internal.MeasureStatus.DROPPED;
import static de.kmuflow.adoption.internal.MeasureStatus.IN_PROGRESS;
import static de.kmuflow.adoption.internal.MeasureStatus.PLANNED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import de.kmuflow.adoption.internal.AdoptionScore.Facts;
import org.junit.jupiter.api.Test;

class AdoptionScoreTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	void overdueMeansOpenAndPastItsTargetDate() {
		assertThat(AdoptionScore.overdue(PLANNED, TODAY.minusDays(1), TODAY)).isTrue();
		assertThat(AdoptionScore.overdue(IN_PROGRESS, TODAY.minusDays(1), TODAY)).isTrue();
		// due today is not yet late
		assertThat(AdoptionScore.overdue(IN_PROGRESS, TODAY, TODAY)).isFalse();
		assertThat(AdoptionScore.overdue(DONE, TODAY.minusYears(1), TODAY)).isFalse();
		assertThat(AdoptionScore.overdue(DROPPED, TODAY.minusYears(1), TODAY)).isFalse();
		assertThat(AdoptionScore.overdue(PLANNED, null, TODAY)).isFalse();
	}

	@Test
	void scoreIsTheMeanCreditOfTheMeasuresNotDropped() {
		List<Facts> measures = List.of(
				new Facts(DONE, 40, TODAY.minusMonths(1)), // done: 100 whatever the progress says
				new Facts(IN_PROGRESS, 50, TODAY.plusMonths(1)), // on time: 50
				new Facts(IN_PROGRESS, 60, TODAY.minusDays(3)), // overdue: 60 x 0.5 = 30
				new Facts(PLANNED, 0, null), // no date: 0
				new Facts(DROPPED, 0, TODAY.minusYears(1))); // not counted

		// (100 + 50 + 30 + 0) / 4 = 45
		assertThat(AdoptionScore.of(measures, TODAY)).isEqualTo(45);
	}

	@Test
	void scoreIsRoundedAndStaysWithinZeroAndHundred() {
		assertThat(AdoptionScore.of(List.of(new Facts(IN_PROGRESS, 33, null), new Facts(IN_PROGRESS, 34, null),
				new Facts(IN_PROGRESS, 34, null)), TODAY)).isEqualTo(34);
		assertThat(AdoptionScore.of(List.of(new Facts(DONE, 100, null), new Facts(DONE, 0, null)), TODAY))
			.isEqualTo(100);
		assertThat(AdoptionScore.of(List.of(new Facts(PLANNED, 0, TODAY.minusDays(1))), TODAY)).isZero();
	}

	@Test
	void aTrendWithoutMeasuresOrOnlyDroppedOnesScoresZero() {
		assertThat(AdoptionScore.of(List.of(), TODAY)).isZero();
		assertThat(AdoptionScore.of(List.of(new Facts(DROPPED, 80, null)), TODAY)).isZero();
	}

	@Test
	void finishingAnOverdueMeasureLiftsTheScore() {
		Facts late = new Facts(IN_PROGRESS, 80, TODAY.minusDays(10));
		Facts finished = new Facts(DONE, 80, TODAY.minusDays(10));

		assertThat(AdoptionScore.of(List.of(late), TODAY)).isEqualTo(40);
		assertThat(AdoptionScore.of(List.of(finished), TODAY)).isEqualTo(100);
	}
}
