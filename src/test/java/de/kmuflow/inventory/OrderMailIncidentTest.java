package de.kmuflow.inventory;

import de.kmuflow.testsupport.FreePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.kmuflow.platform.WebClient;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The mail server is down when an order goes out: the step retries, then shows an incident that tells
 * operations what to do; once the server is back, the retry Cockpit offers sends the order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OrderMailIncidentTest {

	private static final int SMTP_PORT = FreePorts.any();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Test
	void mailServerDownBecomesAnIncidentAndTheRetryAfterItIsBackSendsTheOrder() throws Exception {
		// given an item that falls below its reorder point while the mail server is down
		WebClient web = new WebClient(port);
		String sku = "INC-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = web.postJson("/api/inventory/items", """
				{"sku":"%s","name":"Dichtungen","unit":"Stk","onHand":12,"reorderPoint":10,"reorderQuantity":100,
				 "supplierName":"Lieferant %s","supplierEmail":"bestellung@lieferant.example","unitPrice":2.00,"leadTimeDays":3}
				""".formatted(sku, sku), "paula", "paula");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(web.postJson("/api/inventory/movements", "{\"sku\":\"" + sku + "\",\"quantity\":-5,\"type\":\"ISSUE\"}",
				"lars", "lars").statusCode()).isEqualTo(201);
		String instance = runtime.createProcessInstanceQuery().processDefinitionKey(InventoryReorderProcess.KEY)
			.processInstanceBusinessKey(sku).singleResult().getId();
		Job send = runUntilSending(instance);

		// when every try fails (the model retries with back-off: R5/PT5M)
		for (int attempt = 0; attempt < 5; attempt++) {
			String jobId = send.getId();
			assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("nicht gesendet");
		}

		// then operations see an incident that says what happened and what to do, in German
		Incident incident = runtime.createIncidentQuery().processInstanceId(instance).singleResult();
		assertThat(incident).isNotNull();
		assertThat(incident.getIncidentMessage()).contains("nicht gesendet", "Mailserver localhost:" + SMTP_PORT,
				"KMUFLOW_MAIL_HOST", "Retry");

		// when the mail server is back and the job is retried (what Cockpit's "Retry" does)
		GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
		mail.start();
		try {
			management.setJobRetries(send.getId(), 1);
			management.executeJob(send.getId());

			// then the order is sent and the incident is gone
			assertThat(mail.getReceivedMessages()).singleElement()
				.satisfies(message -> assertThat(message.getSubject()).startsWith("Bestellung "));
			assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
		}
		finally {
			mail.stop();
		}
	}

	/** Runs the steps before sending (proposal, bundling timer) and returns the sending step's job. */
	private Job runUntilSending(String instance) {
		for (int round = 0; round < 10; round++) {
			Job send = management.createJobQuery().processInstanceId(instance)
				.activityId(InventoryReorderProcess.Elements.SEND).singleResult();
			if (send != null) {
				return send;
			}
			management.createJobQuery().processInstanceId(instance).executable().list()
				.forEach(job -> management.executeJob(job.getId()));
		}
		throw new AssertionError("the order never reached the sending step");
	}
}
