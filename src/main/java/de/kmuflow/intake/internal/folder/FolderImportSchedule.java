package de.kmuflow.intake.internal.folder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the folder import on the configured cron ({@code kmuflow.intake.folder.cron}; "-", the default, is never). */
@Component
class FolderImportSchedule {

	private static final Logger log = LoggerFactory.getLogger(FolderImportSchedule.class);

	private final FolderImportLauncher launcher;

	FolderImportSchedule(FolderImportLauncher launcher) {
		this.launcher = launcher;
	}

	@Scheduled(cron = "${kmuflow.intake.folder.cron:-}")
	void importInbox() {
		try {
			launcher.start();
		}
		catch (Exception e) {
			log.error("Scheduled folder import could not start", e);
		}
	}
}
