package de.kmuflow.platform.internal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import de.kmuflow.platform.Groups;
import de.kmuflow.platform.internal.PermissionMatrix.Grant;
import de.kmuflow.platform.internal.TaskFilters.TaskFilter;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure at every start that the groups exist and hold exactly the rights of the
 * {@link PermissionMatrix} (also in a database an earlier version set up), that the Tasklist
 * filters exist, then creates the accounts of the active profile. Filters, accounts and rights
 * the matrix does not speak about are left as an administrator set them in Camunda Admin.
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
		convergeGrants(PermissionMatrix.grants());
		convergeFilters();
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

	/**
	 * Makes kmu-flow's groups hold exactly the matrix's rights on the resources it speaks about:
	 * missing grants are created, grants with other permissions are set right, and grants the
	 * matrix does not name (such as the broad start rights of earlier versions) are removed.
	 * Grants on single tasks, filters and other resources (Camunda's own, or an administrator's)
	 * stay as they are.
	 */
	private void convergeGrants(List<Grant> grants) {
		List<Resources> managed = PermissionMatrix.managedResources();
		for (String group : Groups.ALL) {
			List<Grant> wanted = grants.stream().filter(grant -> grant.group().equals(group)).toList();
			for (Authorization existing : authorizationService.createAuthorizationQuery()
				.groupIdIn(group)
				.authorizationType(AUTH_TYPE_GRANT)
				.list()) {
				String key = key(existing.getResourceType(), existing.getResourceId());
				Grant match = wanted.stream()
					.filter(grant -> key(grant.resource().resourceType(), grant.resourceId()).equals(key))
					.findFirst()
					.orElse(null);
				if (match != null) {
					setPermissions(existing, match);
				}
				else if (!Groups.ADMIN.equals(group) && isManaged(existing, managed, grants)) {
					authorizationService.deleteAuthorization(existing.getId());
					log.info("Removed grant of group '{}' on resource type {} '{}': not in the permission matrix",
							group, existing.getResourceType(), existing.getResourceId());
				}
			}
			for (Grant grant : wanted) {
				boolean present = authorizationService.createAuthorizationQuery()
					.groupIdIn(group)
					.authorizationType(AUTH_TYPE_GRANT)
					.resourceType(grant.resource())
					.resourceId(grant.resourceId())
					.count() > 0;
				if (!present) {
					Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
					authorization.setGroupId(group);
					authorization.setResource(grant.resource());
					authorization.setResourceId(grant.resourceId());
					grant.permissions().forEach(authorization::addPermission);
					authorizationService.saveAuthorization(authorization);
				}
			}
		}
	}

	/** A grant on a resource kind the matrix manages, for all of that kind or for an id the matrix names. */
	private static boolean isManaged(Authorization existing, List<Resources> managed, List<Grant> grants) {
		boolean managedKind = managed.stream().anyMatch(resource -> resource.resourceType() == existing.getResourceType());
		boolean namedId = Authorization.ANY.equals(existing.getResourceId()) || grants.stream()
			.anyMatch(grant -> grant.resource().resourceType() == existing.getResourceType()
					&& grant.resourceId().equals(existing.getResourceId()));
		return managedKind && namedId;
	}

	private void setPermissions(Authorization existing, Grant grant) {
		if (((AuthorizationEntity) existing).getPermissions() != grant.mask()) {
			((AuthorizationEntity) existing).setPermissions(grant.mask());
			authorizationService.saveAuthorization(existing);
			log.info("Set the rights of group '{}' on resource type {} '{}' to {}", grant.group(),
					existing.getResourceType(), existing.getResourceId(), grant.permissions());
		}
	}

	private static String key(int resourceType, String resourceId) {
		return resourceType + "/" + resourceId;
	}

	/**
	 * Creates the filters of {@link TaskFilters} and sets their query, description and order as
	 * listed there, also where an earlier version created them differently.
	 */
	private void convergeFilters() {
		for (TaskFilter wanted : TaskFilters.filters(taskService)) {
			Filter filter = filterService.createFilterQuery().filterName(wanted.name()).singleResult();
			boolean created = filter == null;
			if (created) {
				filter = filterService.newTaskFilter(wanted.name()).setOwner(null);
			}
			filter.setQuery(wanted.query()).setProperties(Map.of("description", wanted.description(),
					TaskFilters.PRIORITY, wanted.priority(), "refresh", true));
			filterService.saveFilter(filter);
			if (created) {
				allowReading(filter, wanted.group());
			}
		}
	}

	/** Everybody may read the filter, or only {@code group} (and administrators). */
	private void allowReading(Filter filter, String group) {
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
