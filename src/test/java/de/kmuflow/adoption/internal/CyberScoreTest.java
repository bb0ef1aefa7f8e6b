package de.kmuflow.adoption.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.adoption.internal.CyberCatalogue.Requirement;
import de.kmuflow.adoption.internal.CyberCatalogue.Topic;
import de.kmuflow.adoption.internal.CyberScore.Answer;
import de.kmuflow.adoption.internal.CyberScore.Status;
import org.junit.jupiter.api.Test;

class CyberScoreTest {

	@Test
	void theCatalogueHasTheStandardsShape() {
		assertThat(CyberCatalogue.REQUIREMENTS).hasSize(27);
		assertThat(CyberCatalogue.REQUIREMENTS).extracting(Requirement::id).doesNotHaveDuplicates();
		assertThat(CyberCatalogue.REQUIREMENTS).extracting(Requirement::topic).containsOnly(Topic.values())
			.contains(Topic.values());
		assertThat(CyberCatalogue.REQUIREMENTS).filteredOn(Requirement::top).hasSize(8);
		// 19 ordinary (1) + 8 top (3)
		assertThat(CyberCatalogue.totalWeight()).isEqualTo(43);
	}

	@Test
	void theQuestionnaireFormAsksEveryRequirementOfTheCatalogueAndNothingElse() throws Exception {
		JsonNode form = new ObjectMapper().readTree(Files.readString(Path.of("processes/forms/cyber-self-check.form")));
		List<String> keys = new ArrayList<>();
		for (JsonNode component : form.path("components")) {
			if (component.has("key")) {
				keys.add(component.path("key").asText());
				assertThat(component.path("validate").path("required").asBoolean()).isTrue();
			}
		}
		assertThat(keys).containsExactlyElementsOf(CyberCatalogue.REQUIREMENTS.stream().map(Requirement::formKey).toList());
	}

	@Test
	void allMetIsTheTopStatus() {
		CyberScore.Result result = CyberScore.of(answers(Answer.YES));

		assertThat(result.score()).isEqualTo(100);
		assertThat(result.status()).isEqualTo(Status.GREEN);
		assertThat(result.open()).isEmpty();
	}

	@Test
	void anOpenTopRequirementDropsTheStatusFurtherThanAnOrdinaryOne() {
		Map<String, Answer> ordinaryOpen = answers(Answer.YES);
		ordinaryOpen.put("ORG_2", Answer.NO);
		Map<String, Answer> topOpen = answers(Answer.YES);
		topOpen.put("BAK_2", Answer.NO);

		CyberScore.Result ordinary = CyberScore.of(ordinaryOpen);
		CyberScore.Result top = CyberScore.of(topOpen);

		assertThat(ordinary.score()).isEqualTo(98); // 42 of 43
		assertThat(ordinary.status()).isEqualTo(Status.GREEN);
		assertThat(top.score()).isEqualTo(93); // 40 of 43
		assertThat(top.status()).isEqualTo(Status.YELLOW);
		assertThat(top.score()).isLessThan(ordinary.score());
		assertThat(top.status().compareTo(ordinary.status())).isPositive();
	}

	@Test
	void twoOpenTopRequirementsAreRedAndUnclearCountsAsNo() {
		Map<String, Answer> given = answers(Answer.YES);
		given.put("PAT_1", Answer.UNCLEAR);
		given.put("NET_1", Answer.NO);
		given.put("MAL_2", Answer.NO);

		CyberScore.Result result = CyberScore.of(given);

		assertThat(result.status()).isEqualTo(Status.RED);
		assertThat(result.openTop()).isEqualTo(2);
		assertThat(result.score()).isEqualTo(84); // 36 of 43
		// most important first: top requirements in the standard's topic order, then the ordinary ones
		assertThat(result.open()).extracting(open -> open.requirement().id()).containsExactly("PAT_1", "NET_1", "MAL_2");
		assertThat(result.open().get(0).answer()).isEqualTo(Answer.UNCLEAR);
	}

	@Test
	void nothingMetIsRed() {
		CyberScore.Result result = CyberScore.of(answers(Answer.NO));

		assertThat(result.score()).isZero();
		assertThat(result.status()).isEqualTo(Status.RED);
		assertThat(result.open()).hasSize(27);
	}

	@Test
	void everyRequirementMustBeAnswered() {
		Map<String, Answer> given = answers(Answer.YES);
		given.remove("NET_5");

		assertThatThrownBy(() -> CyberScore.of(given)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("NET_5").hasMessageContaining("nicht beantwortet");
		assertThat(Answer.parse("Ja")).contains(Answer.YES);
		assertThat(Answer.parse("vielleicht")).isEmpty();
	}

	@Test
	void requirementsToAdoptAreReadOnePerLine() {
		assertThat(AdoptCyberMeasuresDelegate.requirements("BAK_2\n\nORG_1 – Verantwortung\nBAK_2, NET_3"))
			.containsExactly("BAK_2", "ORG_1", "NET_3");
		assertThat(AdoptCyberMeasuresDelegate.requirements(null)).isEmpty();
	}

	private static Map<String, Answer> answers(Answer all) {
		Map<String, Answer> answers = new HashMap<>();
		CyberCatalogue.REQUIREMENTS.forEach(requirement -> answers.put(requirement.id(), all));
		return answers;
	}
}
