package de.kmuflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.kmuflow.KmuFlowApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Nodes started at the same moment on one empty PostgreSQL database all come up, and set it up once. */
class ClusterStartOnPostgresTest {

	@TempDir
	Path dataDirs;

	@Test
	void threeNodesStartedAtOnceOnAnEmptyDatabaseAllComeUp() throws Exception {
		PostgresServer server = PostgresServer.shared();
		server.createDatabase("cluster_start");
		int nodes = 3;
		ExecutorService starter = Executors.newFixedThreadPool(nodes);
		CountDownLatch ready = new CountDownLatch(nodes);
		List<Future<ConfigurableApplicationContext>> started = new ArrayList<>();
		for (int node = 1; node <= nodes; node++) {
			Path dataDir = dataDirs.resolve("node-" + node);
			started.add(starter.submit(() -> {
				ready.countDown();
				ready.await();
				return start(server, dataDir);
			}));
		}
		List<ConfigurableApplicationContext> contexts = new ArrayList<>();
		try {
			for (Future<ConfigurableApplicationContext> node : started) {
				contexts.add(node.get());
			}
			ProcessEngine engine = contexts.get(0).getBean(ProcessEngine.class);
			for (String key : List.of("invoice-intake", "inventory-reorder", "trend-review")) {
				assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count())
					.as("deployed once: %s", key)
					.isEqualTo(1);
			}
			assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(Groups.ALL.size());
			assertThat(engine.getFilterService().createFilterQuery().count()).as("the five Tasklist filters, each once").isEqualTo(5);
			assertThat(engine.getIdentityService().createUserQuery().userId("clara").count()).isEqualTo(1);
		}
		finally {
			contexts.forEach(ConfigurableApplicationContext::close);
			starter.shutdownNow();
		}
	}

	private static ConfigurableApplicationContext start(PostgresServer server, Path dataDir) {
		List<String> args = new ArrayList<>(List.of("--spring.profiles.active=postgres",
				"--kmuflow.data-dir=" + dataDir,
				"--camunda.bpm.generate-unique-process-engine-name=true",
				"--camunda.bpm.generate-unique-process-application-name=true",
				"--camunda.bpm.job-execution.enabled=false",
				"--spring.jmx.enabled=false",
				"--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"));
		server.springProperties("cluster_start").forEach(property -> args.add("--" + property));
		return new SpringApplicationBuilder(KmuFlowApplication.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}
}
