package de.kmuflow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import de.kmuflow.platform.ExternalWork;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

/**
 * The workers of a node poll for tasks only every half minute here: a task created on the node must
 * still be taken the moment its transaction commits, and stopping idle workers must not wait for the
 * next poll either.
 */
@SpringBootTest(properties = "kmuflow.workers.poll-interval=30s")
@ActiveProfiles("test")
class ExternalWorkersWakeUpTest {

	private static final String TOPIC = "wake-up-test";
	private static final Duration PROMPTLY = Duration.ofSeconds(5);

	/** The process instances whose task the work below was given, in order. */
	private static final BlockingQueue<String> SERVED = new ArrayBlockingQueue<>(10);

	@TestConfiguration
	static class NotingWork {

		@Bean
		ExternalWork<String, String> notingWork() {
			return new ExternalWork<>() {

				@Override
				public String topic() {
					return TOPIC;
				}

				@Override
				public String prepare(LockedExternalTask task) {
					return task.getProcessInstanceId();
				}

				@Override
				public String work(String processInstanceId) {
					return processInstanceId;
				}

				@Override
				public Map<String, Object> finish(LockedExternalTask task, String processInstanceId) {
					SERVED.add(processInstanceId);
					return Map.of();
				}

				@Override
				public String failureMessage(RuntimeException failure) {
					return failure.getMessage();
				}
			};
		}
	}

	@Autowired
	ExternalWorkers workers;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Test
	void idleWorkersTakeATaskCreatedOnTheirNodeWhenItCommitsAndStopPromptly() throws Exception {
		repository.createDeployment()
			.addModelInstance("wake-up-test.bpmn", Bpmn.createExecutableProcess("wake-up-test")
				.camundaHistoryTimeToLive(1)
				.startEvent()
				.serviceTask("noted")
				.camundaExternalTask(TOPIC)
				.userTask("afterwards")
				.endEvent()
				.done())
			.deploy();
		workers.start();
		try {
			// the first fetch finds nothing: the fetching thread now waits for the next poll, half a minute away
			Thread.sleep(1000);
			String instance = runtime.startProcessInstanceByKey("wake-up-test").getId();

			assertThat(SERVED.poll(PROMPTLY.toSeconds(), TimeUnit.SECONDS)).as("served long before the next poll")
				.isEqualTo(instance);
			// the work is noted before its completion commits, so the process goes on a moment later
			await("the task was completed and the process went on").atMost(PROMPTLY)
				.until(() -> taskService.createTaskQuery()
					.processInstanceId(instance)
					.taskDefinitionKey("afterwards")
					.count() == 1);
		}
		finally {
			long stopping = System.nanoTime();
			workers.stop();
			assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("stopped without waiting for the poll")
				.isLessThan(PROMPTLY);
		}
		assertThat(Thread.getAllStackTraces().keySet()).as("the fetching thread has ended")
			.noneMatch(thread -> thread.getName().equals("kmuflow-worker-fetch") && thread.isAlive());
	}
}
