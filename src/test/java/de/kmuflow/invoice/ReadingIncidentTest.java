package de.kmuflow.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.nio.file.Path;
import java.util.Date;
import java.util.HexFormat;
import java.util.UUID;

import de.kmuflow.document.DocumentSource;
import de.kmuflow.intake.Intake;
import de.kmuflow.intake.TestDocuments;
import de.kmuflow.platform.ExternalTasks;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The original of an invoice cannot be read when the step comes (the data folder is away): the step
 * retries after the model's back-off (R3/PT1M), then shows an incident that tells operations what to
 * do; once the original is back, the retry Cockpit offers reads the invoice.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReadingIncidentTest {

	@Autowired
	Intake intake;

	@Autowired
	ExternalTasks workers;

	@Autowired
	ExternalTaskService externalTasks;

	@Autowired
	RuntimeService runtime;

	@Value("${kmuflow.data-dir}")
	Path dataDir;

	@AfterEach
	void realTime() {
		ClockUtil.reset();
	}

	@Test
	void anUnreadableOriginalRetriesThenBecomesAnIncidentAndTheRetryAfterItIsBackReadsTheInvoice() throws Exception {
		// given an invoice whose original is gone from the data folder when it is to be read
		byte[] content = TestDocuments.eInvoice("INC-" + UUID.randomUUID().toString().substring(0, 8));
		InvoiceReceipt receipt = intake.submit(content, "rechnung.xml", DocumentSource.UPLOAD, "test", "clara");
		String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(receipt.id().toString())
			.singleResult().getId();
		Path original = original(content);
		Path away = original.resolveSibling(original.getFileName() + ".away");
		Files.move(original, away);
		try {
			// when the workers try: the first try fails, and the step waits its back-off before the next
			assertThat(workers.runDue(instance)).isEqualTo(1);
			ExternalTask step = externalTasks.createExternalTaskQuery().processInstanceId(instance).singleResult();
			assertThat(step.getRetries()).isEqualTo(2);
			assertThat(workers.runDue(instance)).as("not again before the back-off").isZero();
			assertThat(step.getLockExpirationTime()).isAfter(new Date(System.currentTimeMillis() + 50_000));
			assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();

			// and the two tries left after it fail the same way
			for (int minutes = 2; minutes <= 4; minutes += 2) {
				ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + minutes * 60_000L));
				assertThat(workers.runDue(instance)).isEqualTo(1);
			}

			// then operations see an incident that says what happened and what to do, in German
			Incident incident = runtime.createIncidentQuery().processInstanceId(instance).singleResult();
			assertThat(incident).isNotNull();
			assertThat(incident.getIncidentMessage()).contains("Originalbeleg", "kann nicht aus der Belegablage gelesen",
					"Was tun:", "KMUFLOW_DATA_DIR", "Retry");
			ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 60 * 60_000L));
			assertThat(workers.runDue(instance)).as("no further tries without a retry").isZero();
		}
		finally {
			Files.move(away, original);
		}

		// when the original is back and the step is retried (what Cockpit's "Retry" does)
		String stepId = externalTasks.createExternalTaskQuery().processInstanceId(instance).singleResult().getId();
		externalTasks.setRetries(stepId, 1);
		assertThat(workers.runDue(instance)).isEqualTo(1);

		// then the invoice is read and the incident is gone
		assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
		assertThat(externalTasks.createExternalTaskQuery().processInstanceId(instance).count()).isZero();
		assertThat(runtime.getVariable(instance, InvoiceIntakeProcess.Variables.EXTRACTION_SUCCEEDED)).isEqualTo(true);
	}

	private Path original(byte[] content) throws Exception {
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		return dataDir.resolve("documents").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}
}
