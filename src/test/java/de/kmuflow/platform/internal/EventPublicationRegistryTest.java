package de.kmuflow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import de.kmuflow.KmuFlowApplication;
import de.kmuflow.inventory.GoodsReceived;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No event between modules is lost: a listener that fails leaves its publication incomplete in
 * the database; the periodic check delivers it again, and so does the next start of a node after
 * the first one went away. Real nodes (application contexts) on a database file of their own;
 * {@link EventPublicationRegistryOnPostgresTest} runs the same on PostgreSQL.
 */
class EventPublicationRegistryTest {

	@TempDir
	Path dataDir;

	@BeforeEach
	void reset() {
		FailingOnce.received.clear();
		FailingOnce.failuresToCome.set(0);
	}

	@Test
	void aFailedDeliveryIsRepeatedByTheCheckAndAfterARestart() {
		GoodsReceived first = receipt();
		GoodsReceived second = receipt();
		try (ConfigurableApplicationContext node = node()) {
			JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);

			// given a listener that fails the first time
			FailingOnce.failuresToCome.set(1);
			publish(node, first);
			await().atMost(Duration.ofSeconds(30)).until(() -> FailingOnce.received.contains(first));
			// then its publication stays incomplete, while the invoice module's listener completed its own
			await().atMost(Duration.ofSeconds(30)).until(() -> publications(jdbc, first).stream()
				.anyMatch(publication -> publication.listener().contains("OrderMatchRecheck") && publication.completed()));
			assertThat(publications(jdbc, first)).filteredOn(publication -> publication.listener().contains("FailingOnce"))
				.singleElement()
				.satisfies(publication -> assertThat(publication.completed()).isFalse());

			// when the periodic check runs, the event is delivered again and completed
			node.getBean(ModuleEvents.class).resubmitStaleAndForgetOld();
			await().atMost(Duration.ofSeconds(30)).until(() -> publications(jdbc, first).stream()
				.allMatch(Publication::completed));
			assertThat(FailingOnce.received).containsExactly(first, first);

			// given another failure, and the node going away before anything delivered it again
			FailingOnce.failuresToCome.set(1);
			publish(node, second);
			await().atMost(Duration.ofSeconds(30)).until(() -> FailingOnce.received.contains(second));
		}
		assertThat(FailingOnce.received).containsExactly(first, first, second);

		// when a node starts on the same database
		try (ConfigurableApplicationContext restarted = node()) {
			JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
			// then it delivers the outstanding event once more, and it is complete
			await().atMost(Duration.ofSeconds(60)).until(() -> publications(jdbc, second).stream()
				.allMatch(Publication::completed));
			assertThat(FailingOnce.received).containsExactly(first, first, second, second);
			assertThat(publications(jdbc, second)).extracting(Publication::listener)
				.anyMatch(listener -> listener.contains("FailingOnce"))
				.anyMatch(listener -> listener.contains("OrderMatchRecheck"));
		}
	}

	/** The database a node runs on, as Spring properties. */
	List<String> database() {
		return List.of("spring.datasource.url=jdbc:h2:file:" + dataDir.toAbsolutePath()
				+ "/kmu-flow;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000");
	}

	/** Extra settings of the node (a profile). */
	List<String> profile() {
		return List.of();
	}

	private ConfigurableApplicationContext node() {
		List<String> args = new ArrayList<>(List.of("--kmuflow.data-dir=" + dataDir,
				"--camunda.bpm.generate-unique-process-engine-name=true",
				"--camunda.bpm.generate-unique-process-application-name=true",
				"--camunda.bpm.job-execution.enabled=false", "--spring.jmx.enabled=false",
				"--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
				// the check runs when the test says so, and takes every incomplete publication
				"--kmuflow.events.check-every=PT1H", "--kmuflow.events.resubmit-after=PT0S"));
		profile().forEach(property -> args.add("--" + property));
		database().forEach(property -> args.add("--" + property));
		return new SpringApplicationBuilder(KmuFlowApplication.class, FailingOnce.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

	private static GoodsReceived receipt() {
		return new GoodsReceived(UUID.randomUUID(), "B-" + UUID.randomUUID(), "T-1", BigDecimal.TEN, true, "lars",
				Instant.now());
	}

	private static void publish(ConfigurableApplicationContext node, GoodsReceived event) {
		node.getBean(TransactionTemplate.class).executeWithoutResult(status -> node.publishEvent(event));
	}

	record Publication(String listener, boolean completed) {
	}

	private static List<Publication> publications(JdbcTemplate jdbc, GoodsReceived event) {
		return jdbc.query("select listener_id, completion_date from event_publication where serialized_event like ?",
				(rs, row) -> new Publication(rs.getString(1), rs.getTimestamp(2) != null),
				"%" + event.purchaseOrderNumber() + "%");
	}

	/** A listener that fails as often as the test says; a bean of the test's nodes only (not scanned). */
	static class FailingOnce {

		static final List<GoodsReceived> received = new CopyOnWriteArrayList<>();
		static final AtomicInteger failuresToCome = new AtomicInteger();

		@ApplicationModuleListener
		void on(GoodsReceived event) {
			received.add(event);
			if (failuresToCome.getAndDecrement() > 0) {
				throw new IllegalStateException("listener failed on purpose");
			}
		}
	}
}
