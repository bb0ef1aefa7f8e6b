package de.kmuflow.adoption.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import de.kmuflow.adoption.Trend;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

class ModelSavingsTest {

	@Test
	void theInvoiceProcessNamesMinutesAndKnownTrendsForItsSteps() throws Exception {
		try (InputStream model = Files.newInputStream(Path.of("processes/invoice-intake.bpmn"))) {
			List<ModelSavings.ActivitySaving> savings = ModelSavings.of(Bpmn.readModelFromStream(model), "invoice-intake");

			assertThat(savings).extracting(ModelSavings.ActivitySaving::activityId).contains(
					"serviceTask_extractInvoice", "serviceTask_validateInvoice", "userTask_reviewInvoice",
					"businessRuleTask_determineApprover", "userTask_approveInvoice", "serviceTask_postInvoice");
			// every trend a model names is one of the six, so no time ends up under a misspelt name
			assertThat(savings).allSatisfy(saving -> assertThat(Trend.parse(saving.trend())).isPresent());
		}
	}

	@Test
	void everyProcessModelUsesTheTrendNamesOfTheTable() throws Exception {
		try (var files = Files.list(Path.of("processes"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
				try (InputStream model = Files.newInputStream(file)) {
					assertThat(ModelSavings.of(Bpmn.readModelFromStream(model), file.toString()))
						.as(file.toString())
						.allSatisfy(saving -> assertThat(saving.trend()).isIn(
								java.util.Arrays.stream(Trend.values()).map(Trend::name).toList()));
				}
			}
		}
	}

	@Test
	void trendNamesAreUnderstoodInGermanAndEnglish() {
		assertThat(Trend.parse("KI_INTEGRATION")).contains(Trend.AI_INTEGRATION);
		assertThat(Trend.parse("KI-Integration")).contains(Trend.AI_INTEGRATION);
		assertThat(Trend.parse("hyperautomation")).contains(Trend.HYPERAUTOMATION);
		assertThat(Trend.parse("Hyperautomatisierung")).contains(Trend.HYPERAUTOMATION);
		assertThat(Trend.parse("Social Commerce")).contains(Trend.SOCIAL_COMMERCE);
		assertThat(Trend.parse("Datenkompetenz")).contains(Trend.DATA_LITERACY);
		assertThat(Trend.parse("Raumfahrt")).isEmpty();
	}

	@Test
	void automatedStepSavesItsMinutesAndUserTaskTheRestAfterHandling() {
		Instant created = Instant.parse("2026-03-10T09:00:00Z");
		BigDecimal ten = BigDecimal.TEN;

		assertThat(Saving.automated(new BigDecimal("2.5"))).isEqualTo(new Saving(150, null, 150));
		// claimed after two minutes, done three minutes later: 10 - 3 = 7 minutes saved
		assertThat(Saving.userTask(ten, created, created.plusSeconds(120), created.plusSeconds(300)))
			.isEqualTo(new Saving(600, 180L, 420));
		// never claimed: from creation
		assertThat(Saving.userTask(ten, created, null, created.plusSeconds(240))).isEqualTo(new Saving(600, 240L, 360));
		// slower than by hand: nothing saved, never less
		assertThat(Saving.userTask(ten, created, null, created.plusSeconds(3600))).isEqualTo(new Saving(600, 3600L, 0));
	}
}
