package de.kmuflow.testsupport;

/**
 * For a module test ({@code @ApplicationModuleTest}): deploy only that module's own process models
 * (and the forms). Another module's model may need that module's beans when it is deployed (a
 * timer start event's expression), and a module test may be the first to deploy on a fresh database.
 */
public final class ModuleProcesses {

	private static final String PATTERN = "camunda.bpm.deployment-resource-pattern=classpath*:processes/forms/*.form,";

	public static final String INVENTORY = PATTERN + "classpath*:processes/inventory-reorder.bpmn";

	public static final String ADOPTION = PATTERN
			+ "classpath*:processes/trend-review.bpmn,classpath*:processes/cyber-self-check.bpmn";

	private ModuleProcesses() {
	}
}
