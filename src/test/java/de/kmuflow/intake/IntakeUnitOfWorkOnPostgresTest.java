package de.kmuflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.invoice.InvoiceIntakeProcess;
import de.kmuflow.platform.PostgresServer;
import de.kmuflow.platform.WebClient;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A document accepted by the API has its invoice and its process in the same transaction (on PostgreSQL,
 * as several nodes run it): nothing is left half-done, and sending again is always safe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "postgres" })
class IntakeUnitOfWorkOnPostgresTest {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresServer.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	private final ObjectMapper json = new ObjectMapper();
	private WebClient web;

	@BeforeEach
	void client() {
		web = new WebClient(port);
	}

	@Test
	void sameInvoiceSentByEightClientsAtOnceIsOneInvoice() throws Exception {
		byte[] invoice = TestDocuments.eInvoice("UOW-SAME-8");
		ExecutorService clients = Executors.newFixedThreadPool(8);
		CountDownLatch ready = new CountDownLatch(8);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		for (int client = 0; client < 8; client++) {
			answers.add(clients.submit(() -> {
				ready.countDown();
				ready.await();
				return new WebClient(port).postFiles("/api/invoices", Map.of("rechnung.xml", invoice), "paula", "paula");
			}));
		}
		List<JsonNode> created = new ArrayList<>();
		List<JsonNode> duplicates = new ArrayList<>();
		for (Future<HttpResponse<String>> answer : answers) {
			HttpResponse<String> response = answer.get();
			assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
			(response.statusCode() == 201 ? created : duplicates).add(json.readTree(response.body()));
		}
		clients.shutdown();

		assertThat(created).hasSize(1);
		String id = created.get(0).get("id").asText();
		assertThat(duplicates).hasSize(7).allSatisfy(answer -> assertThat(answer.get("duplicateOf").asText()).isEqualTo(id));
		assertThat(jdbc.queryForObject("select count(*) from document where sha256 = ?", Long.class, sha256(invoice)))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from invoice i join document d on d.id = i.document_id"
				+ " where d.sha256 = ?", Long.class, sha256(invoice))).isEqualTo(1);
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);
	}

	@Test
	void documentIsNotKeptWhenItsProcessCannotStartAndSendingAgainWorks() throws Exception {
		byte[] invoice = TestDocuments.eInvoice("UOW-NO-PROCESS");
		repository.suspendProcessDefinitionByKey(InvoiceIntakeProcess.KEY);
		try {
			HttpResponse<String> refused = web.postFiles("/api/invoices", Map.of("rechnung.xml", invoice), "paula", "paula");
			assertThat(refused.statusCode()).isGreaterThanOrEqualTo(500);
			assertThat(jdbc.queryForObject("select count(*) from document where sha256 = ?", Long.class, sha256(invoice)))
				.as("no document without its invoice and process")
				.isZero();
		}
		finally {
			repository.activateProcessDefinitionByKey(InvoiceIntakeProcess.KEY);
		}

		HttpResponse<String> again = web.postFiles("/api/invoices", Map.of("rechnung.xml", invoice), "paula", "paula");
		assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
		String id = json.readTree(again.body()).get("id").asText();
		assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);
		HttpResponse<String> third = web.postFiles("/api/invoices", Map.of("nochmal.xml", invoice), "paula", "paula");
		assertThat(third.statusCode()).isEqualTo(200);
		assertThat(json.readTree(third.body()).get("duplicateOf").asText()).isEqualTo(id);
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
