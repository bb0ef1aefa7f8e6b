package de.kmuflow.invoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import de.kmuflow.invoice.InvoiceIntakeProcess;
import de.kmuflow.platform.ExternalTasks;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
	ExternalTasks externalTasks;

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

	/** Serves the failing step until its tries are used up, as the workers would after each back-off. */
	private Incident failUntilIncident(String processInstanceId) {
		try {
			for (int attempt = 0; attempt < 10 && externalTasks.runDue(processInstanceId) > 0; attempt++) {
				ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + (attempt + 1) * 3_600_000L));
			}
		}
		finally {
			ClockUtil.reset();
		}
		return runtime.createIncidentQuery().processInstanceId(processInstanceId).singleResult();
	}
}
