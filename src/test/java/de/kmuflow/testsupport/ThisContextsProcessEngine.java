package de.kmuflow.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * The engine's REST API and webapps find their engine by name in a JVM-wide registry, and every
 * cached test context (H2, PostgreSQL) registers an engine named "default": the last one started
 * would answer the HTTP calls of every other context. Before each test, the engine of the test's
 * own context (and before a per-class test's {@code @BeforeAll}) is made the registered one, and its
 * context the {@link #current()} one.
 */
public class ThisContextsProcessEngine extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static volatile ApplicationContext current;

	/** The application context of the test that runs now (for helpers called without one). */
	public static ApplicationContext current() {
		if (current == null) {
			throw new IllegalStateException("no Spring test is running");
		}
		return current;
	}

	/** Also when the test instance is made: a {@code @BeforeAll} of a per-class test runs before any test method. */
	@Override
	public void prepareTestInstance(TestContext testContext) {
		beforeTestMethod(testContext);
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (testContext.hasApplicationContext()) {
			current = testContext.getApplicationContext();
			testContext.getApplicationContext()
				.getBeanProvider(ProcessEngine.class)
				.ifUnique(ProcessEngines::registerProcessEngine);
		}
	}
}
