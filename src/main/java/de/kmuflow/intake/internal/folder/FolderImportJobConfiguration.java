package de.kmuflow.intake.internal.folder;

import java.nio.file.Path;
import java.time.Clock;

import de.kmuflow.intake.Intake;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * The job {@value #JOB}: one step that reads the inbox file by file, submits each file through
 * intake and moves it away. Files that intake refuses are skipped into the error folder; any
 * other failure stops the run, and the next start restarts it where the inbox stands.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FolderImportProperties.class)
class FolderImportJobConfiguration {

	static final String JOB = "invoiceFolderImport";
	static final String STEP = "importInboxFiles";

	@Bean
	Job invoiceFolderImport(JobRepository jobRepository, Step importInboxFiles) {
		return new JobBuilder(JOB, jobRepository).start(importInboxFiles).build();
	}

	@Bean
	Step importInboxFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FolderImportProperties properties, InboxFiles inboxFiles, InboxFileSubmitter inboxFileSubmitter,
			SubmittedFileMover submittedFileMover, RefusedFileRecorder refusedFileRecorder,
			FolderImportCounts folderImportCounts) {
		return new StepBuilder(STEP, jobRepository).<Path, SubmittedFile>chunk(properties.chunkSize(), transactionManager)
			.reader(inboxFiles)
			.processor(inboxFileSubmitter)
			.writer(submittedFileMover)
			.faultTolerant()
			// a refused file is decided before anything is stored: skip it without undoing the chunk
			.skip(FileRefusedException.class)
			.noRollback(FileRefusedException.class)
			.skipLimit(Integer.MAX_VALUE)
			.listener(refusedFileRecorder)
			.listener(folderImportCounts)
			.build();
	}

	@Bean
	@StepScope
	InboxFiles inboxFiles(@Value("#{stepExecution}") StepExecution stepExecution, Clock clock) {
		return new InboxFiles(foldersOf(stepExecution), clock);
	}

	@Bean
	InboxFileSubmitter inboxFileSubmitter(Intake intake,
			@Value("${kmuflow.upload.max-file-size}") DataSize maxFileSize) {
		return new InboxFileSubmitter(intake, maxFileSize);
	}

	@Bean
	@StepScope
	FolderImportCounts folderImportCounts(@Value("#{stepExecution}") StepExecution stepExecution, Clock clock) {
		return new FolderImportCounts(foldersOf(stepExecution), clock);
	}

	@Bean
	@StepScope
	SubmittedFileMover submittedFileMover(@Value("#{stepExecution}") StepExecution stepExecution,
			FolderImportCounts folderImportCounts, JobRepository jobRepository) {
		return new SubmittedFileMover(foldersOf(stepExecution), folderImportCounts, jobRepository);
	}

	@Bean
	@StepScope
	RefusedFileRecorder refusedFileRecorder(@Value("#{stepExecution}") StepExecution stepExecution,
			FolderImportCounts folderImportCounts) {
		return new RefusedFileRecorder(foldersOf(stepExecution), folderImportCounts);
	}

	private static ImportFolders foldersOf(StepExecution stepExecution) {
		return ImportFolders.of(stepExecution.getJobParameters());
	}
}
