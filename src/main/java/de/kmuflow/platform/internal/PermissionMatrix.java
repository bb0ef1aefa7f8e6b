package de.kmuflow.platform.internal;

import static de.kmuflow.platform.Groups.ACCOUNTING;
import static de.kmuflow.platform.Groups.ADMIN;
import static de.kmuflow.platform.Groups.MANAGEMENT;
import static de.kmuflow.platform.Groups.OPS;
import static de.kmuflow.platform.Groups.PURCHASING;
import static de.kmuflow.platform.Groups.WAREHOUSE;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import de.kmuflow.platform.Groups;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;

/**
 * What each group may do in the engine (REST API, Tasklist, Cockpit, Admin): the one list that
 * {@link IdentitySetup} makes true at every start and the README documents. Least privilege:
 * the invoice and reorder processes are started by kmu-flow alone (its own calls run without an
 * engine login), people start only the processes meant for them, and operations read and retry
 * but change no instance.
 */
final class PermissionMatrix {

	/** The process people start by hand: management's trend review. */
	static final String TREND_REVIEW = "trend-review";

	static final String TASKLIST = "tasklist";
	static final String COCKPIT = "cockpit";

	/** One authorization: a group's permissions on a resource ({@code *} for all of its kind). */
	record Grant(String group, Resources resource, String resourceId, List<Permission> permissions) {

		Grant(String group, Resources resource, String resourceId, Permission... permissions) {
			this(group, resource, resourceId, List.of(permissions));
		}

		int mask() {
			return permissions.stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
		}
	}

	private PermissionMatrix() {
	}

	static List<Grant> grants() {
		List<Grant> grants = new ArrayList<>();
		for (Resources resource : Resources.values()) {
			grants.add(new Grant(ADMIN, resource, Authorization.ANY, Permissions.ALL));
		}
		for (String group : Groups.TASK_GROUPS) {
			grants.add(new Grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
			// the names and forms of the processes whose tasks they work on
			grants.add(new Grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY,
					ProcessDefinitionPermissions.READ));
		}
		grants.add(new Grant(MANAGEMENT, Resources.PROCESS_DEFINITION, TREND_REVIEW, ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.CREATE_INSTANCE));
		grants.add(new Grant(MANAGEMENT, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE));
		grants.add(new Grant(MANAGEMENT, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
		// process owners deploy their models from Camunda Modeler
		grants.add(new Grant(MANAGEMENT, Resources.DEPLOYMENT, Authorization.ANY, Permissions.CREATE));

		// operations watch instances and incidents and retry failed jobs (which resolves their incidents)
		grants.add(new Grant(OPS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
		grants.add(new Grant(OPS, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
				ProcessDefinitionPermissions.RETRY_JOB));
		grants.add(new Grant(OPS, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.READ,
				ProcessInstancePermissions.RETRY_JOB));
		grants.add(new Grant(OPS, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ,
				Permissions.READ_HISTORY));
		grants.add(new Grant(OPS, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ));
		grants.add(new Grant(OPS, Resources.BATCH, Authorization.ANY, Permissions.READ));
		return grants;
	}

	/** The resource kinds the matrix speaks about for groups other than the administrators. */
	static List<Resources> managedResources() {
		return grants().stream()
			.filter(grant -> !ADMIN.equals(grant.group()))
			.map(Grant::resource)
			.distinct()
			.toList();
	}

	/** The matrix as the README shows it: one row per group and resource. */
	static String markdown() {
		StringBuilder table = new StringBuilder("| Gruppe | Ressource | Ressourcen-ID | Rechte |\n|---|---|---|---|\n");
		table.append("| ").append(ADMIN).append(" | alle | * | ALL |\n");
		for (String group : List.of(ACCOUNTING, PURCHASING, WAREHOUSE, MANAGEMENT, OPS)) {
			for (Grant grant : grants()) {
				if (grant.group().equals(group)) {
					table.append("| ").append(group).append(" | ").append(grant.resource().name()).append(" | ")
						.append(grant.resourceId()).append(" | ")
						.append(grant.permissions().stream().map(Permission::getName).collect(Collectors.joining(", ")))
						.append(" |\n");
				}
			}
		}
		return table.toString();
	}
}
