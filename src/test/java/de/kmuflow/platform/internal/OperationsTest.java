package de.kmuflow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import de.kmuflow.platform.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What operations get: Prometheus metrics with the process and extraction figures, and the start
 * notice. (Spring Boot switches metrics export off in tests unless asked for, as here.)
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OperationsTest {

	@LocalServerPort
	int port;

	@Autowired
	StartupNotice notice;

	@Test
	void prometheusShowsProcessAndExtractionFiguresToOpsOnly() {
		WebClient web = new WebClient(port);

		HttpResponse<String> metrics = web.get("/actuator/prometheus", "otto", "otto");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("kmuflow_process_instances_running{process=\"invoice-intake\"}",
				"kmuflow_process_instances_started_total{process=\"inventory-reorder\"}",
				"kmuflow_process_incidents_open{process=\"invoice-intake\"}", "kmuflow_tasks_open",
				"kmuflow_extraction_documents_total{kind=\"XRECHNUNG_UBL\"}", "kmuflow_extraction_unreadable_total",
				"kmuflow_invoices{status=\"POSTED\"}", "jvm_memory_used_bytes");
		assertThat(web.get("/actuator/prometheus", "clara", "clara").statusCode()).isEqualTo(403);
	}

	@Test
	void theStartNoticeGivesTheAddressAndTheDemoLogin() {
		assertThat(notice.text(8080)).contains("http://localhost:8080/", "demo / demo", "clara, martin, paula, lars, otto");
	}
}
