package de.kmuflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.platform.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The imports over HTTP: the API that starts the folder import and reports its counts, and the page with its button. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportsApiTest {

	@LocalServerPort
	int port;

	@Value("${kmuflow.intake.folder.inbox}")
	Path inbox;

	@Value("${kmuflow.time-zone}")
	ZoneId companyZone;

	private final ObjectMapper json = new ObjectMapper();
	private WebClient web;

	@BeforeEach
	void emptyInbox() throws IOException {
		web = new WebClient(port);
		if (Files.exists(inbox)) {
			try (Stream<Path> files = Files.walk(inbox)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
		Files.createDirectories(inbox);
	}

	@Test
	void startsTheFolderImportAndReportsItsCounts() throws IOException {
		// given an invoice and a letter in the inbox
		Files.write(inbox.resolve("rechnung.xml"), TestDocuments.eInvoice("API-" + System.nanoTime()));
		Files.writeString(inbox.resolve("brief.txt"), "Kein Beleg", StandardCharsets.UTF_8);

		// when accounting starts the import
		HttpResponse<String> started = web.postJson("/api/imports/folder", "", "clara", "clara");

		// then it answers at once with the run, whose counts are there once it has finished
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		long id = json.readTree(started.body()).get("id").asLong();
		assertThat(json.readTree(started.body()).get("status").asText()).isIn("STARTING", "STARTED", "COMPLETED");
		assertThat(started.headers().firstValue("Location")).hasValue("/api/imports/folder/" + id);
		await().atMost(Duration.ofSeconds(60)).until(() -> !run(id).get("running").asBoolean());
		JsonNode run = run(id);
		assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
		assertThat(run.get("read").asLong()).isEqualTo(2);
		assertThat(run.get("submitted").asLong()).isEqualTo(1);
		assertThat(run.get("duplicates").asLong()).isZero();
		assertThat(run.get("errors").asLong()).isEqualTo(1);
		assertThat(run.get("progressPercent").asInt()).isEqualTo(100);
		assertThat(web.get("/api/imports/folder", "clara", "clara").body()).contains("\"id\":" + id);
		assertThat(Files.exists(inbox.resolve("error").resolve("brief.txt.reason.txt"))).isTrue();
	}

	@Test
	void onlyAccountingManagementAndAdminsRunImports() {
		assertThat(web.postJson("/api/imports/folder", "", "paula", "paula").statusCode()).isEqualTo(403);
		assertThat(web.get("/api/imports/folder", "lars", "lars").statusCode()).isEqualTo(403);
		assertThat(web.get("/api/imports/folder", "martin", "martin").statusCode()).isEqualTo(200);
	}

	@Test
	void mailboxThatIsNotConfiguredSaysSo() {
		HttpResponse<String> poll = web.postJson("/api/imports/mail", "", "clara", "clara");
		assertThat(poll.statusCode()).isEqualTo(409);
		assertThat(poll.body()).contains("nicht eingerichtet");
	}

	@Test
	void thePageListsRunsAndItsButtonStartsOne() throws IOException {
		Files.write(inbox.resolve("rechnung.xml"), TestDocuments.eInvoice("PAGE-" + System.nanoTime()));
		web.logIn("clara", "clara");
		HttpResponse<String> page = web.browse("/imports");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Importe aus Ordner und Postfach", "Ordner jetzt einlesen",
				"Das Rechnungspostfach ist nicht eingerichtet");

		// the button posts the form (with its CSRF token) and comes back to the page
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> pressed = web.postForm("/imports/folder", "_csrf=" + token.group(1));
		assertThat(pressed.statusCode()).isEqualTo(302);
		assertThat(pressed.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/imports"));
		await().atMost(Duration.ofSeconds(60)).until(() -> !web.browse("/imports").body().contains("läuft"));
		String after = web.browse("/imports").body();
		assertThat(after).contains("data-run=", "fertig");

		// its times in the company's time zone, written the German way, whatever the server's zone is
		JsonNode latest = json.readTree(web.get("/api/imports/folder", "clara", "clara").body()).get(0);
		ZonedDateTime started = LocalDateTime.parse(latest.get("started").asText()).atZone(ZoneId.systemDefault())
			.withZoneSameInstant(companyZone);
		ZonedDateTime ended = LocalDateTime.parse(latest.get("ended").asText()).atZone(ZoneId.systemDefault())
			.withZoneSameInstant(companyZone);
		Matcher row = Pattern.compile("data-run=\"" + latest.get("id").asLong() + "\">.*?<td class=\"started\">([^<]*)</td>"
				+ "\\s*<td class=\"ended\">([^<]*)</td>", Pattern.DOTALL).matcher(after);
		assertThat(row.find()).as("the run's row").isTrue();
		assertThat(row.group(1)).isEqualTo(started.format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")));
		assertThat(row.group(2)).isEqualTo(ended.format(DateTimeFormatter.ofPattern("HH:mm:ss")));

		assertThat(web.browse("/imports?lang=en").body()).contains("Imports from folder and mailbox", "Import folder now");
	}

	private JsonNode run(long id) throws IOException {
		return json.readTree(web.get("/api/imports/folder/" + id, "clara", "clara").body());
	}
}
