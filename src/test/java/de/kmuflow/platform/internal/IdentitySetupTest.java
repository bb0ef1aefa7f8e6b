package de.kmuflow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kmuflow.platform.Groups;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
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
