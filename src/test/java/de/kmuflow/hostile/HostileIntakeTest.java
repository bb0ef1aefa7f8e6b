package de.kmuflow.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.document.DocumentStore;
import de.kmuflow.hostile.HostileCases.Case;
import de.kmuflow.hostile.HostileCases.Intake;
import de.kmuflow.platform.ProcessJobs;
import de.kmuflow.platform.WebClient;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every hostile document through the running application's REST intake, read as the invoice
 * process reads it: refused with a German 4xx and nothing stored, or stored and sent to review with
 * a German reason, or read like any invoice; each within the 10 s. Afterwards the application
 * is up, its heap bounded, and every accepted original is served back unchanged and harmless.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileIntakeTest {

	private static final Logger log = LoggerFactory.getLogger(HostileIntakeTest.class);
	private static final Duration PER_FILE = Duration.ofSeconds(10);
	private static final long HEAP_BOUND_MB = 1024;

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	DocumentStore documents;

	private final ObjectMapper json = new ObjectMapper();
	private WebClient web;

	@BeforeEach
	void client() {
		web = new WebClient(port);
	}

	@Test
	void everyHostileDocumentIsRefusedOrReviewedOrReadInSeconds() throws IOException {
		List<Case> cases = HostileCases.all();
		assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
		List<String> times = new ArrayList<>();
		List<Accepted> accepted = new ArrayList<>();
		for (Case hostile : cases) {
			long storedBefore = documents.count();
			long start = System.nanoTime();
			HttpResponse<String> upload = web.postFiles("/api/invoices", Map.of(hostile.file(), hostile.content()),
					"clara", "clara");
			JsonNode answer = json.readTree(upload.body());
			if (hostile.intake() == Intake.REFUSED) {
				assertThat(upload.statusCode()).as(hostile.file() + ": " + upload.body()).isBetween(400, 499);
				assertThat(answer.get("error").asText()).as(hostile.file())
					.contains(hostile.file(), hostile.restReason());
				assertThat(documents.count()).as(hostile.file() + " is not stored").isEqualTo(storedBefore);
			}
			else {
				assertThat(upload.statusCode()).as(hostile.file() + ": " + upload.body()).isEqualTo(201);
				String id = answer.get("id").asText();
				ProcessJobs.runAll(management, invoice(id).get("processInstanceId").asText());
				JsonNode invoice = invoice(id);
				if (hostile.intake() == Intake.REVIEW) {
					assertThat(invoice.get("status").asText()).as(hostile.file()).isEqualTo("IN_REVIEW");
					assertThat(invoice.get("extractionError").asText("") + invoice.get("findings"))
						.as(hostile.file()).contains(hostile.restReason());
				}
				else {
					assertThat(invoice.get("extractionError").isNull()).as(hostile.file() + ": " + invoice).isTrue();
					assertThat(invoice.get("status").asText()).as(hostile.file()).isIn("IN_REVIEW", "AWAITING_APPROVAL");
				}
				accepted.add(new Accepted(hostile, id, invoice));
			}
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			times.add(hostile.file() + " " + took.toMillis() + " ms");
			assertThat(took).as(hostile.file() + " took " + took).isLessThan(PER_FILE);
		}
		log.info("REST intake per hostile file: {}", times);

		assertThat(web.get("/actuator/health").body()).contains("\"status\":\"UP\"");
		assertThat(HostileCases.heapAfterGcMegabytes()).as("heap after GC, MB").isLessThan(HEAP_BOUND_MB);
		for (Accepted one : accepted) {
			assertOriginalServedSafely(one);
		}
		// only the originals may be framed, by kmu-flow itself; everything else by nobody
		assertThat(web.get("/api/invoices", "clara", "clara").headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void bidiControlsAreStrippedFromNamesAndFlaggedForReview() throws IOException {
		HttpResponse<String> upload = web.postFiles("/api/invoices",
				Map.of("bidi.xml", bidiVariant()),
				"clara", "clara");
		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		String id = json.readTree(upload.body()).get("id").asText();
		ProcessJobs.runAll(management, invoice(id).get("processInstanceId").asText());

		JsonNode invoice = invoice(id);
		assertThat(invoice.get("sellerName").asText()).isEqualTo("Lieferant gdc.exe");
		assertThat(invoice.toString()).doesNotContain("\u202e", "\\u202E", "\\u202e");
		assertThat(invoice.get("status").asText()).isEqualTo("IN_REVIEW");
		assertThat(invoice.get("findings").toString()).contains("BIDI_CONTROLS", "Steuerzeichen");
	}

	/** The bidi case with other bytes, so that it is a new document whatever ran before. */
	private static byte[] bidiVariant() throws IOException {
		String xml = Files.readString(HostileCases.FOLDER.resolve("ubl-bidi-seller.xml"), StandardCharsets.UTF_8);
		return (xml + "<!-- " + System.nanoTime() + " -->").getBytes(StandardCharsets.UTF_8);
	}

	private void assertOriginalServedSafely(Accepted one) {
		HttpResponse<byte[]> original = web.getBytes("/api/invoices/" + one.id() + "/document", "clara", "clara");
		String file = one.hostile().file();
		assertThat(original.statusCode()).as(file).isEqualTo(200);
		assertThat(original.body()).as(file + " is stored unchanged").isEqualTo(one.hostile().content());
		var headers = original.headers();
		assertThat(headers.firstValue("X-Content-Type-Options")).as(file).hasValue("nosniff");
		assertThat(headers.firstValue("Content-Security-Policy")).as(file).get().asString()
			.startsWith("sandbox;")
			.contains("default-src 'none'", "frame-ancestors 'self'")
			.doesNotContain("allow-scripts", "script-src");
		assertThat(headers.firstValue("X-Frame-Options")).as(file).hasValue("SAMEORIGIN");
		String type = headers.firstValue("Content-Type").orElseThrow();
		assertThat(type).as(file).isIn("application/pdf", "image/png", "image/jpeg", "image/tiff", "application/xml",
				"text/xml", "application/octet-stream");
		boolean viewable = type.equals("application/pdf") || type.startsWith("image/");
		assertThat(headers.firstValue("Content-Disposition")).as(file).get().asString()
			.startsWith(viewable ? "inline" : "attachment");
	}

	private JsonNode invoice(String id) throws IOException {
		HttpResponse<String> response = web.get("/api/invoices/" + id, "clara", "clara");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private record Accepted(Case hostile, String id, JsonNode invoice) {
	}
}
