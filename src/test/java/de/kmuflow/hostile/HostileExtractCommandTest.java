package de.kmuflow.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.extraction.ExtractCommand;
import de.kmuflow.hostile.HostileCases.Case;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every hostile document through the {@code extract} command, one run per file as a user would
 * start it: each ends with a German error (or is read, where its attack sits where nothing runs it),
 * within the 10 s, with no stack trace, and the heap stays bounded.
 */
class HostileExtractCommandTest {

	private static final Logger log = LoggerFactory.getLogger(HostileExtractCommandTest.class);
	private static final Duration PER_FILE = Duration.ofSeconds(10);
	private static final long HEAP_BOUND_MB = 1024;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void everyHostileDocumentEndsWithAClearResultInSeconds() throws IOException {
		List<Case> cases = HostileCases.all();
		assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
		List<String> times = new ArrayList<>();
		for (Case hostile : cases) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			long start = System.nanoTime();
			int exit = ExtractCommand.run(List.of(hostile.path().toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			times.add(hostile.file() + " " + took.toMillis() + " ms");

			String printed = out.toString(StandardCharsets.UTF_8);
			assertThat(exit).as(hostile.file()).isZero();
			assertThat(printed).as(hostile.file()).doesNotContain("\tat ");
			JsonNode result = json.readTree(printed);
			assertThat(result.get("error").asText("")).as(hostile.file()).doesNotContain("Exception");
			if (hostile.cliResult().equals("-")) {
				assertThat(result.get("error").isNull()).as(hostile.file() + ": " + result.get("error")).isTrue();
				assertThat(result.get("kind").asText()).as(hostile.file()).isIn("XRECHNUNG_UBL", "XRECHNUNG_CII", "TEXT_PDF");
			}
			else {
				String said = result.get("error").isNull() ? result.get("findings").toString() : result.get("error").asText();
				assertThat(said).as(hostile.file()).contains(hostile.cliResult());
			}
			assertThat(took).as(hostile.file() + " took " + took).isLessThan(PER_FILE);
		}
		log.info("extract per hostile file: {}", times);
		assertThat(HostileCases.heapAfterGcMegabytes()).as("heap after GC, MB").isLessThan(HEAP_BOUND_MB);
	}

	@Test
	void namesLoseTheirBidiControlsAndFormulasStayData() throws IOException {
		JsonNode bidi = extract("ubl-bidi-seller.xml");
		assertThat(bidi.get("sellerName").asText()).isEqualTo("Lieferant gdc.exe");
		assertThat(bidi.get("invoiceNumber").asText()).isEqualTo("R-0815");
		assertThat(bidi.toString()).doesNotContain("\u202e", "\\u202E", "\\u202e");

		// JSON is no spreadsheet: the value is kept as the supplier wrote it; CSV exports neutralise it
		JsonNode formula = extract("ubl-formula-seller.xml");
		assertThat(formula.get("sellerName").asText()).startsWith("=HYPERLINK(");
	}

	private JsonNode extract(String file) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExtractCommand.run(List.of(HostileCases.FOLDER.resolve(file).toString()),
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		return json.readTree(out.toString(StandardCharsets.UTF_8));
	}
}
