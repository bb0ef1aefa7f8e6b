package de.kmuflow.platform.internal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import de.kmuflow.platform.Groups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure at every start that the groups, their authorizations and the Tasklist filters exist,
 * then creates the accounts of the active profile. Never changes what is already there, so an
 * administrator's edits in Camunda Admin survive restarts.
 */
@Component
class IdentitySetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

	private static final Map<String, String> GROUP_NAMES = Map.of(
			Groups.ACCOUNTING, "Buchhaltung",
			Groups.MANAGEMENT, "Geschäftsführung",
			Groups.PURCHASING, "Einkauf",
			Groups.WAREHOUSE, "Lager",
			Groups.OPS, "Betrieb",
			Groups.ADMIN, "Administratoren");

	private static final String TASKLIST = "tasklist";
	private static final String COCKPIT = "cockpit";

	private final IdentityService identityService;
	private final AuthorizationService authorizationService;
	private final FilterService filterService;
	private final TaskService taskService;
	private final List<AccountSource> accountSources;

	IdentitySetup(ProcessEngine engine, List<AccountSource> accountSources) {
		this.identityService = engine.getIdentityService();
		this.authorizationService = engine.getAuthorizationService();
		this.filterService = engine.getFilterService();
		this.taskService = engine.getTaskService();
		this.accountSources = accountSources;
	}

	@Override
	public void run(ApplicationArguments args) {
		Groups.ALL.forEach(this::ensureGroup);
		grantAdministrators();
		Groups.TASK_GROUPS.forEach(this::grantTaskWork);
		grant(Groups.MANAGEMENT, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
		grantOperations();
		ensureFilters();
		accountSources.stream().flatMap(source -> source.accounts().stream()).forEach(this::ensureAccount);
	}

	private void ensureGroup(String id) {
		if (identityService.createGroupQuery().groupId(id).count() == 0) {
			Group group = identityService.newGroup(id);
			group.setName(GROUP_NAMES.get(id));
			group.setType(Groups.ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW");
			identityService.saveGroup(group);
		}
	}

	private void grantAdministrators() {
		for (Resources resource : Resources.values()) {
			grant(Groups.ADMIN, resource, Authorization.ANY, Permissions.ALL);
		}
	}

	/** Tasklist, starting processes; which tasks a group sees follows from the candidate groups in the models. */
	private void grantTaskWork(String group) {
		grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
		grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.CREATE_INSTANCE);
		grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);
		grant(group, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
	}

	/** Operations watch instances and incidents in Cockpit and retry failed jobs, but do not work on tasks. */
	private void grantOperations() {
		grant(Groups.OPS, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
		grant(Groups.OPS, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
				ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
				ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB);
		grant(Groups.OPS, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.READ,
				ProcessInstancePermissions.RETRY_JOB);
		grant(Groups.OPS, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ,
				Permissions.READ_HISTORY);
		grant(Groups.OPS, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
		grant(Groups.OPS, Resources.BATCH, Authorization.ANY, Permissions.READ);
	}

	private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
		boolean present = authorizationService.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0;
		if (present) {
			return;
		}
		Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizationService.saveAuthorization(authorization);
	}

	private void ensureFilters() {
		ensureFilter("Meine Aufgaben", "Mir zugewiesene Aufgaben", -10,
				taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), null);
		ensureFilter("Aufgaben meiner Gruppen", "Offene Aufgaben meiner Gruppen, noch von niemandem übernommen", -5,
				taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(),
				null);
		ensureFilter("Buchhaltung", "Aufgaben der Buchhaltung", 0,
				taskService.createTaskQuery().taskCandidateGroup(Groups.ACCOUNTING).includeAssignedTasks(),
				Groups.ACCOUNTING);
		ensureFilter("Alle Aufgaben", "Alle Aufgaben, die ich sehen darf", 10, taskService.createTaskQuery(), null);
	}

	/** A filter readable by everybody, or only by {@code group} (and administrators). */
	private void ensureFilter(String name, String description, int priority, TaskQuery query, String group) {
		if (filterService.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		Filter filter = filterService.newTaskFilter(name)
			.setOwner(null)
			.setQuery(query)
			.setProperties(Map.of("description", description, "priority", priority, "refresh", true));
		filterService.saveFilter(filter);
		Authorization read = authorizationService
			.createNewAuthorization(group == null ? AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT);
		if (group == null) {
			read.setUserId(Authorization.ANY);
		}
		else {
			read.setGroupId(group);
		}
		read.setResource(Resources.FILTER);
		read.setResourceId(filter.getId());
		read.addPermission(Permissions.READ);
		authorizationService.saveAuthorization(read);
	}

	private void ensureAccount(Account account) {
		if (identityService.createUserQuery().userId(account.id()).count() == 0) {
			User user = identityService.newUser(account.id());
			user.setPassword(account.password());
			user.setFirstName(account.firstName());
			user.setLastName(account.lastName());
			user.setEmail(account.email());
			identityService.saveUser(user);
			log.info("Created account '{}' in groups {}", account.id(), account.groups());
		}
		for (String group : account.groups()) {
			if (identityService.createUserQuery().userId(account.id()).memberOfGroup(group).count() == 0) {
				identityService.createMembership(account.id(), group);
			}
		}
	}
}
