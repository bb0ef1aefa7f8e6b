package de.kmuflow.platform;

import java.util.List;

/**
 * The groups people work in. Process models name them as candidate groups, so the ids are part
 * of the contract with Camunda Modeler users.
 */
public final class Groups {

	public static final String ACCOUNTING = "accounting";
	public static final String MANAGEMENT = "management";
	public static final String PURCHASING = "purchasing";
	public static final String WAREHOUSE = "warehouse";
	public static final String OPS = "ops";
	/** Camunda's administrator group: every right on every resource. */
	public static final String ADMIN = "camunda-admin";

	/** The groups that work on tasks in Tasklist. */
	public static final List<String> TASK_GROUPS = List.of(ACCOUNTING, MANAGEMENT, PURCHASING, WAREHOUSE);

	public static final List<String> ALL = List.of(ACCOUNTING, MANAGEMENT, PURCHASING, WAREHOUSE, OPS, ADMIN);

	private Groups() {
	}
}
