package de.kmuflow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.kmuflow.platform.Groups;
import de.kmuflow.platform.internal.PermissionMatrix.Grant;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;

/** The engine rights as the README documents them are the ones the code grants. */
class PermissionMatrixTest {

	@Test
	void readmeShowsTheMatrixTheCodeGrants() {
		ReadmeSection.assertMatches("permission-matrix", PermissionMatrix.markdown());
	}

	@Test
	void onlyManagementStartsAProcessAndOnlyTheTrendReview() {
		List<Grant> starts = PermissionMatrix.grants().stream()
			.filter(grant -> !Groups.ADMIN.equals(grant.group()))
			.filter(grant -> grant.permissions().contains(ProcessDefinitionPermissions.CREATE_INSTANCE))
			.toList();
		assertThat(starts).extracting(Grant::group, Grant::resourceId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Groups.MANAGEMENT, PermissionMatrix.TREND_REVIEW));
	}

	@Test
	void nobodyButTheAdministratorsChangesOrDeletesInstances() {
		for (Grant grant : PermissionMatrix.grants()) {
			if (Groups.ADMIN.equals(grant.group())) {
				continue;
			}
			assertThat(grant.permissions()).as(grant.toString())
				.doesNotContain(Permissions.ALL, Permissions.UPDATE, Permissions.DELETE,
						ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.DELETE_INSTANCE,
						ProcessDefinitionPermissions.UPDATE_INSTANCE_VARIABLE, ProcessInstancePermissions.UPDATE,
						ProcessInstancePermissions.UPDATE_VARIABLE, ProcessInstancePermissions.DELETE);
		}
		assertThat(PermissionMatrix.grants()).filteredOn(grant -> grant.resource() == Resources.DEPLOYMENT
				&& grant.permissions().contains(Permissions.CREATE))
			.extracting(Grant::group)
			.containsExactly(Groups.MANAGEMENT);
	}
}
