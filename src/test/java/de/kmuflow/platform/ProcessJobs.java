package de.kmuflow.platform;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** The job executor is off in tests: they run a process's asynchronous steps and due timers here, in order. */
public final class ProcessJobs {

	private ProcessJobs() {
	}

	public static void runAll(ManagementService management, String processInstanceId) {
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach(job -> management.executeJob(job.getId()));
		}
	}
}
