package de.kmuflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import de.kmuflow.KmuFlowApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application (without its web server) the way an office runs it: on a file database. */
class StartupTests {

	@TempDir
	Path dataDir;

	@Test
	void fileDatabaseKeepsDeploymentsAndInstancesAcrossRestart() {
		String instanceId;
		try (ConfigurableApplicationContext first = start(Map.of())) {
			ProcessEngine engine = first.getBean(ProcessEngine.class);
			instanceId = engine.getRuntimeService().startProcessInstanceByKey("trend-review", "2026-Q4").getId();
		}

		try (ConfigurableApplicationContext second = start(Map.of())) {
			ProcessEngine engine = second.getBean(ProcessEngine.class);
			assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count())
				.isEqualTo(1);
			// unchanged models are not deployed a second time
			assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("trend-review")
				.count()).isEqualTo(1);
			assertThat(engine.getIdentityService().createUserQuery().userId("clara").memberOfGroup(Groups.ACCOUNTING)
				.count()).isEqualTo(1);
			assertThat(engine.getFilterService().createFilterQuery().count()).as("the five Tasklist filters, each once").isEqualTo(5);
		}
	}

	@Test
	void productionRefusesToStartWithoutAdministrator() {
		assertThatThrownBy(() -> start(Map.of("spring.profiles.active", "prod")).close())
			.rootCause()
			.hasMessageContaining("KMUFLOW_ADMIN_USER");
	}

	@Test
	void productionCreatesOnlyTheAdministratorFromTheEnvironment() {
		try (ConfigurableApplicationContext context = start(Map.of("spring.profiles.active", "prod",
				"kmuflow.admin.user", "chefin", "kmuflow.admin.password", "ein-langes-passwort"))) {
			ProcessEngine engine = context.getBean(ProcessEngine.class);
			assertThat(engine.getIdentityService().checkPassword("chefin", "ein-langes-passwort")).isTrue();
			assertThat(engine.getIdentityService().createUserQuery().userId("demo").count()).isZero();
			assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(Groups.ALL.size());
		}
	}

	private ConfigurableApplicationContext start(Map<String, Object> extra) {
		Map<String, Object> properties = new HashMap<>(Map.of(
				"kmuflow.data-dir", dataDir.toString(),
				"camunda.bpm.generate-unique-process-engine-name", true,
				"camunda.bpm.generate-unique-process-application-name", true,
				"camunda.bpm.job-execution.enabled", false,
				"spring.jmx.enabled", false,
				// the REST API's Jersey set-up needs a servlet container, which these starts leave out
				"spring.autoconfigure.exclude", "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"));
		properties.putAll(extra);
		// as command-line arguments, so they win over the application's own configuration files
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(KmuFlowApplication.class).web(WebApplicationType.NONE).run(args);
	}
}
