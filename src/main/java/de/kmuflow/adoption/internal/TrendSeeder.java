package de.kmuflow.adoption.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.kmuflow.adoption.Trend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the article's trend table and its example measures into the database at start-up. Runs on
 * every start and adds only what is missing, so management's changes are never overwritten and a
 * measure it dropped stays dropped.
 */
@Component
class TrendSeeder implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TrendSeeder.class);

	/** The article's examples; dates only where the article gives one. */
	static final List<SeedMeasure> MEASURES = List.of(
			new SeedMeasure("backup-concept", Trend.CYBERSECURITY, "Implementierung eines Backup-Konzepts",
					LocalDate.of(2026, 3, 31)),
			new SeedMeasure("phishing-training", Trend.CYBERSECURITY, "Phishing-Schulung für alle Mitarbeiter:innen", null),
			new SeedMeasure("ai-tools-training", Trend.AI_INTEGRATION, "Schulung aller Mitarbeiter:innen zu KI-Tools",
					LocalDate.of(2026, 6, 30)),
			new SeedMeasure("honest-inventory", Trend.DATA_LITERACY,
					"Ehrliche Bestandsaufnahme: Prozesse, Daten und Systeme erfassen", null),
			new SeedMeasure("digitalisation-team", Trend.DATA_LITERACY, "Kleines Digitalisierungsteam bilden", null),
			new SeedMeasure("budget-and-funding", Trend.HYPERAUTOMATION,
					"Budget für IT, Digitalisierung und Weiterbildung planen (5–10 % des Umsatzes), Förderprogramme prüfen",
					null));

	record SeedMeasure(String key, Trend trend, String title, LocalDate targetDate) {
	}

	private final TrendRepository trends;
	private final MeasureRepository measures;
	private final TransactionTemplate transaction;
	private final Clock clock;

	TrendSeeder(TrendRepository trends, MeasureRepository measures, TransactionTemplate transaction, Clock clock) {
		this.trends = trends;
		this.measures = measures;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			transaction.executeWithoutResult(status -> seed());
		}
		catch (DataIntegrityViolationException e) {
			// another node on the same database seeded at the same moment
			log.info("Trends were seeded by another node: {}", e.getMostSpecificCause().getMessage());
		}
	}

	void seed() {
		Instant now = clock.instant();
		for (Trend trend : Trend.values()) {
			if (!trends.existsById(trend.name())) {
				trends.save(new TrendEntity(trend, now));
			}
		}
		for (SeedMeasure seed : MEASURES) {
			if (!measures.existsBySeedKey(seed.key())) {
				measures.save(new MeasureEntity(seed.trend().name(), seed.key(), seed.title(), null, seed.targetDate(),
						"kmu-flow", now));
			}
		}
	}
}
