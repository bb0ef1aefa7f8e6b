package de.kmuflow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import de.kmuflow.platform.Groups;
import de.kmuflow.platform.TaskDeadlines;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A database set up by an earlier version, with its broad grants, ends with the matrix's rights. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IdentitySetupTest {

	@Autowired
	IdentitySetup setup;

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	FilterService filters;

	@Autowired
	TaskService tasks;

	@Test
	void broadGrantsOfEarlierVersionsAreTakenBackAtTheNextStart() {
		try {
			// given the grants earlier versions created: every task group starts every process,
			// operations modify instances
			Authorization broad = only(Groups.WAREHOUSE, Resources.PROCESS_DEFINITION, Authorization.ANY);
			broad.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
			authorizations.saveAuthorization(broad);
			Authorization create = grant(Groups.WAREHOUSE, Resources.PROCESS_INSTANCE, Authorization.ANY);
			create.addPermission(ProcessInstancePermissions.CREATE);
			authorizations.saveAuthorization(create);
			Authorization ops = only(Groups.OPS, Resources.PROCESS_DEFINITION, Authorization.ANY);
			ops.addPermission(ProcessDefinitionPermissions.UPDATE_INSTANCE);
			authorizations.saveAuthorization(ops);

			// when kmu-flow starts again
			setup.run(null);

			// then the matrix holds
			assertThat(authorizations.createAuthorizationQuery().groupIdIn(Groups.WAREHOUSE)
				.resourceType(Resources.PROCESS_INSTANCE).count()).isZero();
			Authorization definitions = only(Groups.WAREHOUSE, Resources.PROCESS_DEFINITION, Authorization.ANY);
			assertThat(definitions.isPermissionGranted(ProcessDefinitionPermissions.READ)).isTrue();
			assertThat(definitions.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)).isFalse();
			Authorization operations = only(Groups.OPS, Resources.PROCESS_DEFINITION, Authorization.ANY);
			assertThat(operations.isPermissionGranted(ProcessDefinitionPermissions.RETRY_JOB)).isTrue();
			assertThat(operations.isPermissionGranted(ProcessDefinitionPermissions.UPDATE_INSTANCE)).isFalse();
			// and what the matrix does not speak about stays: the members' right to see their group
			assertThat(only(Groups.WAREHOUSE, Resources.GROUP, Groups.WAREHOUSE).isPermissionGranted(Permissions.READ))
				.isTrue();
		}
		finally {
			setup.run(null);
		}
	}

	@Test
	void theFirstTasklistFilterIsSetRightAgainAtTheNextStart() {
		// given a database where the work-to-do filter was changed and another filter put first
		Filter toDo = filters.createFilterQuery().filterName("Zu erledigen").singleResult();
		filters.saveFilter(toDo.setQuery(tasks.createTaskQuery().taskAssignee("nobody"))
			.setProperties(Map.of("priority", 50)));
		Filter mine = filters.createFilterQuery().filterName("Meine Aufgaben").singleResult();
		filters.saveFilter(mine.setProperties(Map.of("priority", -100)));

		// when kmu-flow starts again
		setup.run(null);

		// then the work-to-do filter comes first again, with its query
		List<Filter> inOrder = filters.createFilterQuery().list().stream()
			.sorted(Comparator.comparingInt(filter -> (Integer) filter.getProperties().get("priority")))
			.toList();
		assertThat(inOrder.get(0).getName()).isEqualTo("Zu erledigen");
		TaskQueryImpl query = inOrder.get(0).getQuery();
		assertThat(query.getAssignee()).isNull();
		assertThat(query.getQueries().get(1).getExpressions()).containsKeys("taskAssignee", "taskCandidateUser");
		assertThat(query.getOrderingProperties().get(0).getRelationConditions().get(0).getScalarValue())
			.isEqualTo(TaskDeadlines.SKONTO_DEADLINE);
		// and still readable by everybody
		assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
			.resourceId(inOrder.get(0).getId()).userIdIn(Authorization.ANY).count()).isEqualTo(1);
	}

	private Authorization grant(String group, Resource resource, String resourceId) {
		Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		return authorization;
	}

	private Authorization only(String group, Resource resource, String resourceId) {
		return authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
			.resourceId(resourceId).singleResult();
	}
}
