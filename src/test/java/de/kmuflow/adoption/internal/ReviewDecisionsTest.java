package de.kmuflow.adoption.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import de.kmuflow.adoption.Trend;
import org.junit.jupiter.api.Test;

class ReviewDecisionsTest {

	@Test
	void readsNewMeasuresWithGermanOrIsoDatesAndAnyTrendSpelling() {
		ReviewDecisions decisions = ReviewDecisions.parse("""
				KI-Integration; Rechnungs-Chatbot testen; Herr Adam; 31.3.2027
				HYPERAUTOMATION;Bestellvorschläge automatisch freigeben;;2027-06-30

				nachhaltigkeit; CO2-Bilanz erstellen
				""", null);

		assertThat(decisions.newMeasures()).containsExactly(
				new ReviewDecisions.NewLine(Trend.AI_INTEGRATION, "Rechnungs-Chatbot testen", "Herr Adam",
						LocalDate.of(2027, 3, 31)),
				new ReviewDecisions.NewLine(Trend.HYPERAUTOMATION, "Bestellvorschläge automatisch freigeben", null,
						LocalDate.of(2027, 6, 30)),
				new ReviewDecisions.NewLine(Trend.SUSTAINABILITY, "CO2-Bilanz erstellen", null, null));
		assertThat(decisions.changes()).isEmpty();
	}

	@Test
	void readsChangesWhereEmptyFieldsStay() {
		ReviewDecisions decisions = ReviewDecisions.parse("", """
				#3; in Arbeit; 50 %; 31.12.2026; Angebot liegt vor; zweites Angebot folgt
				7;;80
				12; verworfen
				""");

		assertThat(decisions.changes()).containsExactly(
				new ReviewDecisions.ChangeLine(3, MeasureStatus.IN_PROGRESS, 50, LocalDate.of(2026, 12, 31),
						"Angebot liegt vor; zweites Angebot folgt"),
				new ReviewDecisions.ChangeLine(7, null, 80, null, null),
				new ReviewDecisions.ChangeLine(12, MeasureStatus.DROPPED, null, null, null));
	}

	@Test
	void nothingWrittenIsNoDecision() {
		assertThat(ReviewDecisions.parse(null, "  \n").isEmpty()).isTrue();
	}

	@Test
	void everyWrongLineIsNamed() {
		assertThatThrownBy(() -> ReviewDecisions.parse("Cybersicherheit; \nRaumfahrt; Mond", """
				x; erledigt
				4; vielleicht
				5; ; 120
				6; ; ; 31.02.2027
				"""))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Neue Maßnahmen, Zeile 1").hasMessageContaining("braucht einen Titel")
			.hasMessageContaining("Neue Maßnahmen, Zeile 2").hasMessageContaining("unbekannter Trend 'Raumfahrt'")
			.hasMessageContaining("Änderungen, Zeile 1").hasMessageContaining("Nummer der Maßnahme")
			.hasMessageContaining("Änderungen, Zeile 2").hasMessageContaining("unbekannter Status 'vielleicht'")
			.hasMessageContaining("Änderungen, Zeile 3").hasMessageContaining("zwischen 0 und 100")
			.hasMessageContaining("Änderungen, Zeile 4").hasMessageContaining("31.02.2027");
	}
}
