package de.kmuflow.platform.internal;

import java.util.ArrayList;
import java.util.List;

import de.kmuflow.platform.StepRefused;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws into {@code ENGINE-03051 There was an exception
 * while invoking the TaskListener}, which its REST API answers with 500. This outermost command
 * interceptor hands the business's own refusal to the caller unwrapped (after the transaction
 * has been rolled back), so Tasklist and the REST API show the German sentence with 400.
 */
@Component
class RefusalsReachTheCaller extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		interceptors.add(new Unwrapping());
		if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
		}
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
	}

	static final class Unwrapping extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			try {
				return next.execute(command);
			}
			catch (ProcessEngineException e) {
				StepRefused refused = StepRefused.in(e);
				throw refused != null ? refused : e;
			}
		}
	}
}
