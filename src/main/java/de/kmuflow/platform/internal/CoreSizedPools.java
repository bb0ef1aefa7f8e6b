package de.kmuflow.platform.internal;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Sizes the engine's job threads, the workers that read documents and the connection pool together, from
 * the number of cores, as defaults that any setting overrides. CPU-heavy work (reading, OCR, e-invoice
 * validation) runs in the workers with no connection held ({@link ExternalWorkers}), so workers = cores
 * keeps the CPU busy; the OCR engines are as many (extraction's own default). Job threads (timers, mail,
 * postings) = cores. A job holds one connection while it runs and a worker one during its two short
 * transactions, so the pool has one per job thread and worker plus ten for logins, uploads, pages and
 * the acquisition of jobs and tasks: a web request never waits for CPU-bound work to give one back.
 */
public class CoreSizedPools implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		int cores = Runtime.getRuntime().availableProcessors();
		int jobThreads = environment.getProperty("camunda.bpm.job-execution.max-pool-size", Integer.class, cores);
		int workers = environment.getProperty("kmuflow.workers.threads", Integer.class, cores);
		environment.getPropertySources().addLast(new MapPropertySource("kmuflow-core-sized-pools", Map.of(
				"camunda.bpm.job-execution.core-pool-size", jobThreads,
				"camunda.bpm.job-execution.max-pool-size", jobThreads,
				"camunda.bpm.job-execution.queue-capacity", jobThreads,
				"kmuflow.workers.threads", workers,
				"spring.datasource.hikari.maximum-pool-size", jobThreads + workers + 10)));
	}
}
