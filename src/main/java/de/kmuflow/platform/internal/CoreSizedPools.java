package de.kmuflow.platform.internal;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Sizes the engine's job threads and the connection pool together, from the number of cores, as
 * defaults that any setting overrides. A job holds one connection while it runs (CPU-heavy extraction
 * included), so job threads = cores keeps the CPU busy without starving anyone, and the pool has ten
 * connections more than that for logins, uploads, pages and the job acquisition.
 */
public class CoreSizedPools implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		int cores = Runtime.getRuntime().availableProcessors();
		environment.getPropertySources().addLast(new MapPropertySource("kmuflow-core-sized-pools", Map.of(
				"camunda.bpm.job-execution.core-pool-size", cores,
				"camunda.bpm.job-execution.max-pool-size", cores,
				"camunda.bpm.job-execution.queue-capacity", cores,
				"spring.datasource.hikari.maximum-pool-size", cores + 10)));
	}
}
