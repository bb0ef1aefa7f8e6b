package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import de.kmuflow.invoice.InvoiceIntakeProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An operator reads an incident in Cockpit: an invoice process started by hand without its
 * variable fails with a German message that names the variable and says what to do.
 */
@SpringBootTest
@ActiveProfiles("test")
class IncidentMessagesTest {

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Test
	void anInstanceStartedWithoutItsInvoiceIdBecomesAnIncidentThatSaysWhatToDo() {
		ProcessInstance started = runtime.startProcessInstanceByKey(InvoiceIntakeProcess.KEY);

		Incident incident = failUntilIncident(started.getId());

		assertThat(incident.getIncidentMessage()).contains("Prozessvariable „invoiceId“", "fehlt", "Was tun:",
				"Cockpit").doesNotContain("NullPointerException", "String.length()");
	}

	@Test
	void aMalformedInvoiceIdIsNamedWithItsValue() {
		ProcessInstance started = runtime.startProcessInstanceByKey(InvoiceIntakeProcess.KEY,
				Map.of(InvoiceIntakeProcess.Variables.INVOICE_ID, "keine-uuid"));

		Incident incident = failUntilIncident(started.getId());

		assertThat(incident.getIncidentMessage()).contains("keine gültige ID", "„keine-uuid“", "Was tun:");
	}

	/** Runs the failing job until its retries are used up, as the job executor would. */
	private Incident failUntilIncident(String processInstanceId) {
		for (int attempt = 0; attempt < 10; attempt++) {
			Job job = management.createJobQuery().processInstanceId(processInstanceId).singleResult();
			if (job == null || job.getRetries() == 0) {
				break;
			}
			try {
				management.executeJob(job.getId());
			}
			catch (RuntimeException expected) {
				// each attempt fails the same way
			}
		}
		return runtime.createIncidentQuery().processInstanceId(processInstanceId).singleResult();
	}
}
