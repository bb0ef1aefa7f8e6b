package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.extraction.InvoiceField;
import org.junit.jupiter.api.Test;

/**
 * The review form (kept Modeler-editable in processes/forms) asks for exactly the catalogue's
 * correctable fields, labelled as the catalogue labels them, and the task listener reads them all.
 */
class ReviewFormFieldsTest {

	@Test
	void theReviewFormHasTheCataloguesCorrectableFields() throws IOException {
		Map<String, String> labels = new LinkedHashMap<>();
		JsonNode form = new ObjectMapper().readTree(Path.of("processes/forms/review-invoice.form").toFile());
		form.path("components").forEach(component -> {
			if (component.hasNonNull("key")) {
				labels.put(component.get("key").asText(), component.path("label").asText());
			}
		});

		Map<String, String> fields = new LinkedHashMap<>(labels);
		fields.remove("findingsText");
		fields.remove(InvoiceChecks.CORRECTION_REASON);
		assertThat(fields.keySet()).containsExactlyInAnyOrderElementsOf(
				InvoiceField.all().stream().filter(InvoiceField::correctable).map(InvoiceField::name).toList());
		fields.forEach((key, label) -> assertThat(label).startsWith(InvoiceField.named(key).orElseThrow().label()));
		assertThat(InvoiceChecks.reviewFormKeys()).containsAll(labels.keySet());
	}
}
