package de.kmuflow.platform.internal;

import java.util.Map;

import de.kmuflow.platform.StepRefused;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API under {@code /engine-rest}, with one addition: a step the business refuses
 * answers 400 with its German sentence, where Camunda would wrap it into a 500 ("Cannot
 * instantiate process definition …").
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

	@Override
	protected void registerAdditionalResources() {
		register(RefusalAsBadRequest.class);
		register(WrappedRefusalAsBadRequest.class);
	}

	/** A refusal thrown by a command the resource calls directly (instance modification, variables). */
	public static class RefusalAsBadRequest implements ExceptionMapper<StepRefused> {

		@Override
		public Response toResponse(StepRefused refused) {
			return badRequest(refused);
		}
	}

	/** A refusal the resource wrapped into its own 500; chosen before Camunda's mapper of that type by its priority. */
	@Priority(1)
	public static class WrappedRefusalAsBadRequest implements ExceptionMapper<RestException> {

		private final RestExceptionHandler camunda = new RestExceptionHandler();

		@Override
		public Response toResponse(RestException exception) {
			StepRefused refused = StepRefused.in(exception);
			return refused == null ? camunda.toResponse(exception) : badRequest(refused);
		}
	}

	/** Shaped like Camunda's own error answers, which Tasklist shows by their {@code message}. */
	static Response badRequest(StepRefused refused) {
		return Response.status(Response.Status.BAD_REQUEST)
				.type(MediaType.APPLICATION_JSON_TYPE)
				.entity(Map.of("type", "StepRefused", "message", refused.getMessage()))
				.build();
	}
}
