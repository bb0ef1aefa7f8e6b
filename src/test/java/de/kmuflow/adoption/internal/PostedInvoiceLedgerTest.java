package de.kmuflow.adoption.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import de.kmuflow.invoice.InvoicePosted;
import de.kmuflow.testsupport.ModuleProcesses;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The adoption module alone (with the platform it stands on): an invoice posted elsewhere brings its
 * finished run into the ledger at once, without waiting for the background collection (switched off
 * here). The invoice module is not started; its event is all adoption needs.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@ActiveProfiles("test")
@TestPropertySource(properties = { ModuleProcesses.ADOPTION, "kmuflow.adoption.collect-every=PT24H" })
class PostedInvoiceLedgerTest {

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPostedInvoiceIsInTheLedgerAsSoonAsItIsPosted(Scenario scenario) {
		// given a finished process run the ledger does not hold yet
		String key = "posted-" + UUID.randomUUID().toString().substring(0, 8);
		repository.createDeployment()
			.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).startEvent().endEvent().done())
			.deploy();
		String run = runtime.startProcessInstanceByKey(key, "invoice-1").getId();
		assertThat(runsInLedger(run)).isZero();

		// when its posting is announced, then the run is in the ledger, once
		scenario.publish(() -> new InvoicePosted(UUID.randomUUID(), run, new BigDecimal("119.00"), "EUR", true, "system",
				Instant.now()))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForStateChange(() -> runsInLedger(run), count -> count > 0)
			.andVerify(count -> assertThat(count).isEqualTo(1));
		// and the registry holds the delivery as complete: nothing left to deliver again
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("""
				select count(*) from event_publication where listener_id like '%PostedInvoiceLedger%'
				and serialized_event like ? and completion_date is not null""", Long.class, "%" + run + "%") == 1);
	}

	private long runsInLedger(String processInstanceId) {
		return jdbc.queryForObject("select count(*) from adoption_process_run where process_instance_id = ?", Long.class,
				processInstanceId);
	}
}
