package de.kmuflow.adoption.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.platform.WebClient;
import de.kmuflow.testsupport.ModuleProcesses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/** The trend table and measures over the API: seeded from the article, edited, scored, flagged. */
@ApplicationModuleTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, extraIncludes = "platform")
@ActiveProfiles("test")
@TestPropertySource(properties = ModuleProcesses.ADOPTION)
class TrendApiTest {

	@LocalServerPort
	int port;

	@Autowired
	TrendSeeder seeder;

	@Autowired
	MeasureRepository measures;

	private final ObjectMapper json = new ObjectMapper();
	private WebClient web;

	@BeforeEach
	void client() {
		web = new WebClient(port);
	}

	@Test
	void theArticlesTableAndExamplesAreSeeded() throws IOException {
		JsonNode trends = get("/api/adoption/trends");

		assertThat(trends).hasSize(6);
		assertThat(trends.get(0).path("id").asText()).isEqualTo("CYBERSECURITY");
		assertThat(trends.get(0).path("name").asText()).isEqualTo("Cybersicherheit");
		assertThat(trends.get(0).path("priority").asText()).isEqualTo("sehr hoch");
		assertThat(trends.get(0).path("duration").asText()).isEqualTo("sofort – laufend");
		assertThat(trends.get(3).path("name").asText()).isEqualTo("Hyperautomatisierung");
		assertThat(trends.get(3).path("investment").asText()).isEqualTo("mittel – hoch");
		assertThat(trends.get(5).path("duration").asText()).isEqualTo("laufend");
		JsonNode backup = measure(trends.get(0), "Implementierung eines Backup-Konzepts");
		assertThat(backup.path("targetDate").asText()).isEqualTo("2026-03-31");
		assertThat(measure(trends.get(1), "Schulung aller Mitarbeiter:innen zu KI-Tools").path("targetDate").asText())
			.isEqualTo("2026-06-30");
	}

	@Test
	void seedingAgainAddsNothingAndKeepsEdits() throws IOException {
		long before = measures.count();
		long phishing = measures.findAll().stream().filter(m -> "phishing-training".equals(m.seedKey)).findFirst()
			.orElseThrow().id;
		assertThat(web.putJson("/api/adoption/measures/" + phishing, "{\"owner\":\"Herr Kunz\"}", "martin", "martin")
			.statusCode()).isEqualTo(200);

		seeder.seed();

		assertThat(measures.count()).isEqualTo(before);
		assertThat(measures.findById(phishing).orElseThrow().owner).isEqualTo("Herr Kunz");
	}

	@Test
	void measuresDriveTheScoreAndTheOverdueFlag() throws IOException {
		String lastMonth = LocalDate.now().minusMonths(1).toString();
		HttpResponse<String> created = web.postJson("/api/adoption/trends/SOCIAL_COMMERCE/measures", """
				{"title":"Shop auf Instagram anbinden","owner":"Frau Roth","targetDate":"%s","status":"in Arbeit","progress":40}
				""".formatted(lastMonth), "martin", "martin");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode measure = json.readTree(created.body());
		assertThat(measure.path("overdue").asBoolean()).isTrue();
		assertThat(measure.path("status").asText()).isEqualTo("IN_PROGRESS");

		// overdue: 40 % counts half
		JsonNode social = trend("SOCIAL_COMMERCE");
		assertThat(social.path("score").asInt()).isEqualTo(20);
		assertThat(social.path("overdueMeasures").asInt()).isEqualTo(1);
		assertThat(get("/api/adoption/measures?overdue=true").findValuesAsText("title")).contains("Shop auf Instagram anbinden");

		// done: complete, no longer overdue
		HttpResponse<String> done = web.putJson("/api/adoption/measures/" + measure.path("id").asLong(),
				"{\"status\":\"erledigt\"}", "martin", "martin");
		assertThat(json.readTree(done.body()).path("progress").asInt()).isEqualTo(100);
		social = trend("SOCIAL_COMMERCE");
		assertThat(social.path("score").asInt()).isEqualTo(100);
		assertThat(social.path("overdueMeasures").asInt()).isZero();
		assertThat(get("/api/adoption/measures?overdue=true").findValuesAsText("title"))
			.doesNotContain("Shop auf Instagram anbinden");
	}

	@Test
	void theTrendTableIsEditable() throws IOException {
		HttpResponse<String> changed = web.putJson("/api/adoption/trends/SUSTAINABILITY",
				"{\"priority\":\"hoch\",\"duration\":\"ab 2027 laufend\"}", "demo", "demo");

		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		JsonNode sustainability = trend("SUSTAINABILITY");
		assertThat(sustainability.path("priority").asText()).isEqualTo("hoch");
		assertThat(sustainability.path("duration").asText()).isEqualTo("ab 2027 laufend");
		assertThat(sustainability.path("investment").asText()).isEqualTo("variabel");
	}

	@Test
	void wrongInputIsRefusedInWords() throws IOException {
		HttpResponse<String> tooMuch = web.postJson("/api/adoption/trends/CYBERSECURITY/measures",
				"{\"title\":\"Passwortmanager\",\"progress\":150}", "martin", "martin");
		assertThat(tooMuch.statusCode()).isEqualTo(400);
		assertThat(json.readTree(tooMuch.body()).path("error").asText()).contains("zwischen 0 und 100");

		assertThat(web.postJson("/api/adoption/trends/CYBERSECURITY/measures", "{\"title\":\" \"}", "martin", "martin")
			.statusCode()).isEqualTo(400);
		assertThat(web.postJson("/api/adoption/trends/CYBERSECURITY/measures",
				"{\"title\":\"x\",\"status\":\"vielleicht\"}", "martin", "martin").statusCode()).isEqualTo(400);
		assertThat(web.postJson("/api/adoption/trends/RAUMFAHRT/measures", "{\"title\":\"x\"}", "martin", "martin")
			.statusCode()).isEqualTo(404);
		assertThat(web.postJson("/api/adoption/trends/CYBERSECURITY/measures", "{\"title\":\"x\"}", "clara", "clara")
			.statusCode()).isEqualTo(403);
	}

	@Test
	void aTrendsPageAddsAndChangesMeasures() throws IOException {
		WebClient browser = new WebClient(port);
		browser.logIn("martin", "martin");
		String page = browser.browse("/adoption/trends/DATA_LITERACY").body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(token.find()).isTrue();
		String csrf = "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);

		HttpResponse<String> added = browser.postForm("/adoption/trends/DATA_LITERACY/measures",
				"title=Excel-Schulung+f%C3%BCr+das+Lager&owner=Lars&targetDate=2027-02-28" + csrf);
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(added.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/adoption/trends/DATA_LITERACY"));
		MeasureEntity measure = measures.findAll().stream().filter(m -> m.title.equals("Excel-Schulung für das Lager"))
			.findFirst().orElseThrow();
		assertThat(measure.owner).isEqualTo("Lars");
		assertThat(measure.createdBy).isEqualTo("martin");

		browser.postForm("/adoption/trends/DATA_LITERACY/measures/" + measure.id,
				"title=Excel-Schulung+f%C3%BCr+das+Lager&owner=Lars&targetDate=2027-02-28&status=IN_PROGRESS&progress=30&notes=Termin+steht"
						+ csrf);
		MeasureEntity changed = measures.findById(measure.id).orElseThrow();
		assertThat(changed.status).isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(changed.progress).isEqualTo(30);
		assertThat(changed.notes).isEqualTo("Termin steht");
		assertThat(browser.browse("/adoption/trends/DATA_LITERACY").body()).contains("Gespeichert.", "Excel-Schulung");
	}

	private JsonNode trend(String id) throws IOException {
		for (JsonNode trend : get("/api/adoption/trends")) {
			if (trend.path("id").asText().equals(id)) {
				return trend;
			}
		}
		throw new AssertionError("no trend " + id);
	}

	private static JsonNode measure(JsonNode trend, String title) {
		for (JsonNode measure : trend.path("measureList")) {
			if (measure.path("title").asText().equals(title)) {
				return measure;
			}
		}
		throw new AssertionError("no measure " + title + " in " + trend);
	}

	private JsonNode get(String path) throws IOException {
		HttpResponse<String> response = web.get(path, "martin", "martin");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}
}
