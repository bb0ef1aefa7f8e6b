package de.kmuflow.platform.internal;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cmd.SetExternalTaskRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetExternalTasksRetriesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Operations retry a failed step in Cockpit with the right to retry jobs ({@code RETRY_JOB}), which
 * {@link PermissionMatrix} grants them, and nothing more. For a job the engine checks that right; for an
 * external task (reading an invoice) it checks the right to change the whole process instance
 * ({@code UPDATE}), which would also let operations steer instances. Setting an external task's
 * retries is checked like a job's retries instead; every other change of an instance still needs UPDATE.
 */
@Component
class StepRetriesForOperations extends AbstractProcessEnginePlugin {

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandChecker> checkers = configuration.getCommandCheckers();
		checkers.replaceAll(checker -> checker instanceof AuthorizationCommandChecker ? new RetryLikeJobs() : checker);
	}

	static final class RetryLikeJobs extends AuthorizationCommandChecker {

		@Override
		public void checkUpdateProcessInstanceById(String processInstanceId) {
			CommandInvocationContext invocation = Context.getCommandInvocationContext();
			if (invocation == null || !settingRetries(invocation.getCommand())) {
				super.checkUpdateProcessInstanceById(processInstanceId);
				return;
			}
			ExecutionEntity instance = Context.getCommandContext().getExecutionManager().findExecutionById(processInstanceId);
			if (instance == null || !getAuthorizationManager().isAuthorizationEnabled()) {
				return;
			}
			String definitionKey = instance.getProcessDefinition().getKey();
			getAuthorizationManager().checkAuthorization(new PermissionCheckBuilder().disjunctive()
				.atomicCheckForResourceId(Resources.PROCESS_INSTANCE, processInstanceId, ProcessInstancePermissions.RETRY_JOB)
				.atomicCheckForResourceId(Resources.PROCESS_DEFINITION, definitionKey, ProcessDefinitionPermissions.RETRY_JOB)
				.atomicCheckForResourceId(Resources.PROCESS_INSTANCE, processInstanceId, Permissions.UPDATE)
				.atomicCheckForResourceId(Resources.PROCESS_DEFINITION, definitionKey,
						ProcessDefinitionPermissions.UPDATE_INSTANCE)
				.build());
		}

		/** One task's retries, or several tasks' at once and at the same moment (what Cockpit sends). */
		private static boolean settingRetries(Object command) {
			return command instanceof SetExternalTaskRetriesCmd || command instanceof SetExternalTasksRetriesCmd;
		}
	}
}
