package de.kmuflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads in the daily work's Tasklist forms (labels, texts, hints, choices) has its
 * English form in the message bundle, under the form's and the component's id, and no entry is left
 * for a component that no longer exists.
 */
class TaskFormsInEnglishTest {

	/** The forms of the invoice and stock processes; the yearly management forms are German only. */
	private static final List<String> DAILY_FORMS = List.of("review-invoice", "approve-invoice", "clarify-invoice",
			"approve-purchase-order", "chase-supplier", "confirm-goods-receipt");

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void everyTextOfTheDailyFormsHasItsEnglishForm() throws IOException {
		Properties english = english();
		List<String> needed = new ArrayList<>();
		for (String form : DAILY_FORMS) {
			JsonNode schema = json.readTree(Path.of("processes/forms", form + ".form").toFile());
			assertThat(schema.get("id").asText()).isEqualTo(form);
			collect(schema.get("components"), "form." + form + ".", needed);
		}
		assertThat(needed).hasSizeGreaterThan(60);
		assertThat(english.stringPropertyNames()).containsAll(needed);
		List<String> entries = english.stringPropertyNames().stream()
			.filter(key -> DAILY_FORMS.stream().anyMatch(form -> key.startsWith("form." + form + ".")))
			.toList();
		assertThat(needed).as("no entry for a component that is gone").containsAll(entries);
	}

	private static void collect(JsonNode components, String prefix, List<String> keys) {
		for (JsonNode component : components) {
			String key = prefix + component.path("id").asText() + ".";
			for (String text : List.of("label", "text", "content", "description")) {
				if (component.path(text).isTextual()) {
					keys.add(key + text);
				}
			}
			component.path("values").forEach(choice -> keys.add(key + "values." + choice.path("value").asText()));
			collect(component.path("components"), prefix, keys);
		}
	}

	private Properties english() throws IOException {
		Properties english = new Properties();
		try (var in = new InputStreamReader(getClass().getResourceAsStream("/messages_en.properties"),
				StandardCharsets.UTF_8)) {
			english.load(in);
		}
		return english;
	}
}
