package de.kmuflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void printsOneJsonLinePerFileInOrderAndExitsZeroOnBadFiles() throws IOException {
		Path ubl = Path.of("sample-invoices/xrechnung-ubl-01.20a.xml");
		Path empty = Files.createFile(dir.resolve("empty.pdf"));
		Path text = Files.writeString(dir.resolve("letter.txt"), "Sehr geehrte Damen und Herren");
		Path xxe = Files.writeString(dir.resolve("xxe.xml"), """
				<?xml version="1.0"?>
				<!DOCTYPE Invoice [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>&secret;</ID></Invoice>
				""");
		Path truncated = Files.write(dir.resolve("truncated.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes());

		int exit = run(ubl, empty, text, xxe, truncated, dir.resolve("missing.pdf"));

		assertThat(exit).isZero();
		List<JsonNode> lines = jsonLines();
		assertThat(lines).hasSize(6);
		assertThat(lines.get(0).get("file").asText()).isEqualTo(ubl.toString());
		assertThat(lines.get(0).get("kind").asText()).isEqualTo("XRECHNUNG_UBL");
		assertThat(lines.get(0).get("invoiceNumber").asText()).isEqualTo("1234567890");
		assertThat(lines.get(0).get("grossTotal").asText()).isEqualTo("357.00");
		assertThat(lines.get(0).get("error").isNull()).isTrue();
		assertThat(lines.get(1).get("error").asText()).contains("leer", "empty");
		assertThat(lines.get(2).get("error").asText()).contains("text/plain", "unsupported");
		assertThat(lines.get(3).get("error").asText()).contains("DOCTYPE").doesNotContain("root:");
		assertThat(lines.get(4).get("error").asText()).contains("beschädigt", "damaged");
		assertThat(lines.get(5).get("error").asText()).contains("not found");
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Exception", "\tat ");
	}

	@Test
	void readsEveryCorpusInvoice() throws IOException {
		List<Path> files = new ArrayList<>();
		try (var paths = Files.walk(Path.of("../shared/corpus"))) {
			paths.filter(path -> path.toString().toLowerCase().endsWith(".xml")).forEach(files::add);
		}
		assertThat(files).hasSize(120);

		run(files.toArray(Path[]::new));

		assertThat(jsonLines()).hasSize(120).allSatisfy(line -> {
			assertThat(line.get("error").isNull()).as(line.get("file").asText()).isTrue();
			assertThat(line.get("kind").asText()).isIn("XRECHNUNG_UBL", "XRECHNUNG_CII");
		});
	}

	@Test
	void everyBadSampleGetsAClearErrorAndTheRunGoesOn() throws IOException {
		List<Path> bad;
		try (var files = Files.list(Path.of("sample-invoices/bad"))) {
			bad = files.filter(Files::isRegularFile).sorted().toList();
		}
		assertThat(bad).hasSizeGreaterThanOrEqualTo(8);
		Path good = Path.of("sample-invoices/xrechnung-cii-01.11a.xml");
		List<Path> all = new java.util.ArrayList<>(bad);
		all.add(good);

		assertThat(run(all.toArray(Path[]::new))).isZero();

		List<JsonNode> lines = jsonLines();
		assertThat(lines).hasSize(all.size());
		for (int i = 0; i < bad.size(); i++) {
			JsonNode line = lines.get(i);
			assertThat(line.get("error").asText()).as(bad.get(i).toString()).isNotBlank().doesNotContain("Exception");
		}
		assertThat(lines.get(bad.size()).get("error").isNull()).isTrue();
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ");
	}

	@Test
	void refusesUnknownOptions() {
		assertThat(ExtractCommand.run(List.of("--frobnicate"), new PrintStream(out), new PrintStream(err)))
			.isEqualTo(2);
		assertThat(err.toString()).contains("usage: extract");
	}

	private int run(Path... files) {
		List<String> args = new ArrayList<>(List.of("--no-validate"));
		for (Path file : files) {
			args.add(file.toString());
		}
		return ExtractCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err));
	}

	private List<JsonNode> jsonLines() throws IOException {
		List<JsonNode> nodes = new ArrayList<>();
		for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
			nodes.add(ExtractionJson.mapper().readTree(line));
		}
		return nodes;
	}
}
