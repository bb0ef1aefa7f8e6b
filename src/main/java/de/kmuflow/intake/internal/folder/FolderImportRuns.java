package de.kmuflow.intake.internal.folder;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.stereotype.Service;

/** Recent runs of the folder import, read from Spring Batch's job repository (the application's database). */
@Service
public class FolderImportRuns {

	private final JobExplorer explorer;

	FolderImportRuns(JobExplorer explorer) {
		this.explorer = explorer;
	}

	public List<FolderImportRun> recent(int limit) {
		return explorer.getJobInstances(FolderImportJobConfiguration.JOB, 0, limit)
			.stream()
			.flatMap(instance -> explorer.getJobExecutions(instance).stream())
			.sorted(Comparator.comparing(JobExecution::getId).reversed())
			.limit(limit)
			.map(FolderImportRun::of)
			.toList();
	}

	public Optional<FolderImportRun> find(long id) {
		return Optional.ofNullable(explorer.getJobExecution(id))
			.filter(execution -> execution.getJobInstance().getJobName().equals(FolderImportJobConfiguration.JOB))
			.map(FolderImportRun::of);
	}
}
