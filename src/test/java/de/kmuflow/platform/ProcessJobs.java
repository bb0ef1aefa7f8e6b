package de.kmuflow.platform;

import java.util.List;

import de.kmuflow.testsupport.ThisContextsProcessEngine;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The job executor and the workers are off in tests: they run a process's asynchronous steps, due
 * timers and external tasks (reading invoices) here, in order.
 */
public final class ProcessJobs {

	private ProcessJobs() {
	}

	public static void runAll(ManagementService management, String processInstanceId) {
		ExternalTasks externalTasks = ThisContextsProcessEngine.current().getBean(ExternalTasks.class);
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
			jobs.forEach(job -> management.executeJob(job.getId()));
			if (externalTasks.runDue(processInstanceId) == 0 && jobs.isEmpty()) {
				return;
			}
		}
	}
}
