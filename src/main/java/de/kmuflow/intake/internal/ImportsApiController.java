package de.kmuflow.intake.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import de.kmuflow.intake.internal.folder.FolderImportLauncher;
import de.kmuflow.intake.internal.folder.FolderImportRun;
import de.kmuflow.intake.internal.folder.FolderImportRuns;
import de.kmuflow.intake.internal.mail.ImportedMail;
import de.kmuflow.intake.internal.mail.MailImportLog;
import de.kmuflow.intake.internal.mail.MailboxPoller;
import jakarta.mail.MessagingException;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hands-free channels on demand: {@code POST /api/imports/folder} starts the folder import
 * (or names the run going on) and answers at once with the run's id and status; the run's counts
 * are at {@code GET /api/imports/folder/{id}}. {@code POST /api/imports/mail} reads the mailbox now.
 */
@RestController
class ImportsApiController {

	private final FolderImportLauncher launcher;
	private final FolderImportRuns runs;
	private final MailboxPoller mailbox;
	private final MailImportLog mails;

	ImportsApiController(FolderImportLauncher launcher, FolderImportRuns runs, MailboxPoller mailbox,
			MailImportLog mails) {
		this.launcher = launcher;
		this.runs = runs;
		this.mailbox = mailbox;
		this.mails = mails;
	}

	@PostMapping("/api/imports/folder")
	ResponseEntity<Map<String, Object>> startFolderImport() throws JobExecutionException {
		JobExecution execution = launcher.start();
		return ResponseEntity.accepted()
			.location(URI.create("/api/imports/folder/" + execution.getId()))
			.body(Map.of("id", execution.getId(), "status", execution.getStatus().name()));
	}

	@GetMapping("/api/imports/folder")
	List<FolderImportRun> folderImports() {
		return runs.recent(20);
	}

	@GetMapping("/api/imports/folder/{id}")
	ResponseEntity<FolderImportRun> folderImport(@PathVariable long id) {
		return ResponseEntity.of(runs.find(id));
	}

	@PostMapping("/api/imports/mail")
	ResponseEntity<?> pollMailbox() {
		if (!mailbox.isEnabled()) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("error", "Das Rechnungspostfach ist nicht eingerichtet (the mailbox is not configured)."));
		}
		try {
			return ResponseEntity.ok(mailbox.poll());
		}
		catch (MessagingException e) {
			return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
				.body(Map.of("error", "Das Rechnungspostfach ist nicht erreichbar: " + e.getMessage()));
		}
	}

	@GetMapping("/api/imports/mail")
	List<ImportedMail> mails() {
		return mails.recent();
	}
}
