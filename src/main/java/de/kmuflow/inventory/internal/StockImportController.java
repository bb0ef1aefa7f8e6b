package de.kmuflow.inventory.internal;

import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/inventory/stock-imports} with a CSV in {@code file}: runs the import and reports its counts. */
@RestController
class StockImportController {

	private final JobLauncher launcher;
	private final Job job;
	private final Path dataDir;

	StockImportController(JobLauncher launcher, @Qualifier("stockLevelImportJob") Job job,
			@Value("${kmuflow.data-dir}") Path dataDir) {
		this.launcher = launcher;
		this.job = job;
		this.dataDir = dataDir;
	}

	@PostMapping(path = "/api/inventory/stock-imports", consumes = "multipart/form-data")
	Map<String, Object> importStock(@RequestParam("file") MultipartFile file, Principal user) throws Exception {
		// the job reads a file: keep the upload as one (it is also the import's record)
		Path copy = StockLevelImport.copyToWorkFolder(file.getBytes(), dataDir);
		JobExecution execution = launcher.run(job, new JobParametersBuilder()
			.addString(StockLevelImport.FILE, copy.toString())
			.addString(StockLevelImport.USER, user.getName())
			.addLong("submitted", System.currentTimeMillis())
			.toJobParameters());
		return report(execution);
	}

	static Map<String, Object> report(JobExecution execution) {
		StepExecution step = execution.getStepExecutions().iterator().next();
		Object skipped = execution.getExecutionContext().get(StockLevelImport.SKIPPED);
		return Map.of("status", execution.getStatus().name(), "read", step.getReadCount(), "written",
				step.getWriteCount(), "skipped", step.getSkipCount(), "skippedRows",
				skipped == null ? List.of() : skipped);
	}
}
