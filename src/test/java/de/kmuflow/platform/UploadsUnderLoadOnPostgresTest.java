package de.kmuflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kmuflow.intake.TestDocuments;
import de.kmuflow.invoice.InvoiceIntakeProcess;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.Lifecycle;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Eight clerks upload e-invoices at once while the workers read a queue of scans by OCR, on PostgreSQL
 * with the pool and threads sized from the cores as in production: every upload and every login answers,
 * none waits for a connection (the pool's wait is cut to a few seconds here, so a wait would show as an
 * error), and afterwards every document is read without an incident. Its database is its own: these
 * workers must not serve the tasks of other tests' contexts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"kmuflow.workers.enabled=true", "camunda.bpm.job-execution.enabled=true",
		"spring.datasource.hikari.connection-timeout=5000" })
@ActiveProfiles({ "test", "postgres" })
class UploadsUnderLoadOnPostgresTest {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final int UPLOADERS = 8;
	private static final int UPLOADS_EACH = 8;
	private static final List<String> SCANS = List.of("scan-300dpi-maler-vogt.pdf", "scan-300dpi-heizungsbau-petersen.pdf",
			"scan-200dpi-elektro-kessler.pdf", "scan-200dpi-kanzlei-weidmann.pdf", "scan-300dpi-feinkost-2-pages.pdf",
			"scan-200dpi-lumen-analytics-en.pdf");

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		PostgresServer server = PostgresServer.shared();
		String database = "kmuflow_load";
		server.createDatabase(database);
		server.springProperties(database).forEach(property -> {
			String[] pair = property.split("=", 2);
			registry.add(pair[0], () -> pair[1]);
		});
	}

	@LocalServerPort
	int port;

	@Autowired
	ExternalTaskService externalTasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ExternalTasks workers;

	@Autowired
	ProcessEngineConfigurationImpl engineConfiguration;

	/**
	 * The workers and the job executor go idle after the test; the context itself stays open (closing it
	 * would unregister the engine name the webapps of the other tests' contexts look up).
	 */
	@AfterEach
	void stopBackgroundWork() {
		((Lifecycle) workers).stop();
		engineConfiguration.getJobExecutor().shutdown();
	}

	@Test
	void uploadsAndLoginsAnswerWhileTheWorkersReadScans() throws Exception {
		// given a queue of scans that the workers read by OCR
		List<String> invoices = new ArrayList<>();
		for (String scan : SCANS) {
			invoices.add(upload(new WebClient(port), "scan-" + scan, unique(scan)));
		}
		assertThat(externalTasks.createExternalTaskQuery().count()).isEqualTo(SCANS.size());

		// when eight clerks upload e-invoices at once, and people log in meanwhile
		AtomicBoolean uploading = new AtomicBoolean(true);
		AtomicLong mostLocked = new AtomicLong();
		ConcurrentLinkedQueue<String> failedLogins = new ConcurrentLinkedQueue<>();
		ExecutorService clients = Executors.newFixedThreadPool(UPLOADERS + 1);
		Future<Integer> logins = clients.submit(() -> {
			int count = 0;
			while (uploading.get()) {
				mostLocked.accumulateAndGet(externalTasks.createExternalTaskQuery().locked().count(), Math::max);
				HttpResponse<String> login = new WebClient(port).logIn("clara", "clara");
				String target = login.headers().firstValue("Location").orElse("");
				if (login.statusCode() != 302 || target.contains("error")) {
					failedLogins.add(login.statusCode() + " " + target);
				}
				count++;
			}
			return count;
		});
		List<Future<List<String>>> uploads = new ArrayList<>();
		for (int clerk = 0; clerk < UPLOADERS; clerk++) {
			uploads.add(clients.submit(() -> {
				WebClient web = new WebClient(port);
				List<String> started = new ArrayList<>();
				for (int i = 0; i < UPLOADS_EACH; i++) {
					String number = "LOAD-" + UUID.randomUUID().toString().substring(0, 8);
					started.add(upload(web, number + ".xml", TestDocuments.eInvoice(number)));
				}
				return started;
			}));
		}
		for (Future<List<String>> clerk : uploads) {
			invoices.addAll(clerk.get());
		}
		uploading.set(false);
		int loginCount = logins.get();
		clients.shutdown();

		// then every upload was accepted (upload() checks each answer), every login succeeded, no request
		// waited for a connection, and the OCR queue was being worked on meanwhile
		assertThat(invoices).hasSize(SCANS.size() + UPLOADERS * UPLOADS_EACH).doesNotHaveDuplicates();
		assertThat(loginCount).isPositive();
		assertThat(failedLogins).isEmpty();
		assertThat(meters.get("hikaricp.connections.timeout").counter().count()).isZero();
		assertThat(mostLocked.get()).as("documents being read while the clerks uploaded").isPositive();

		// and afterwards every document is read, none became an incident
		await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
			.until(() -> externalTasks.createExternalTaskQuery().count() == 0);
		assertThat(runtime.createIncidentQuery().count()).isZero();
		assertThat(history.createHistoricActivityInstanceQuery().activityId(InvoiceIntakeProcess.Elements.EXTRACT)
			.finished().count()).isEqualTo(invoices.size());
	}

	/** Uploads one document and returns its invoice's id; anything but 201 fails the test. */
	private static String upload(WebClient web, String name, byte[] content) throws IOException {
		HttpResponse<String> answer = web.postFiles("/api/invoices", Map.of(name, content), "clara", "clara");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		return JSON.readTree(answer.body()).get("id").asText();
	}

	/** A scan with bytes of its own: a PDF comment after its end is ignored by readers. */
	private static byte[] unique(String scan) throws IOException {
		byte[] original = Files.readAllBytes(Path.of("sample-invoices", scan));
		byte[] mark = ("\n% " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
		byte[] content = new byte[original.length + mark.length];
		System.arraycopy(original, 0, content, 0, original.length);
		System.arraycopy(mark, 0, content, original.length, mark.length);
		return content;
	}
}
