package de.kmuflow.intake.internal;

import java.util.List;

import de.kmuflow.intake.internal.folder.FolderImportLauncher;
import de.kmuflow.intake.internal.folder.FolderImportRun;
import de.kmuflow.intake.internal.folder.FolderImportRuns;
import de.kmuflow.intake.internal.mail.MailImportLog;
import de.kmuflow.intake.internal.mail.MailboxPoller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The imports page: the folder import's recent runs with counts and progress, the mailbox's recent mails, and buttons to run either now. */
@Controller
class ImportsPageController {

	private static final Logger log = LoggerFactory.getLogger(ImportsPageController.class);

	private final FolderImportLauncher launcher;
	private final FolderImportRuns runs;
	private final MailboxPoller mailbox;
	private final MailImportLog mails;

	ImportsPageController(FolderImportLauncher launcher, FolderImportRuns runs, MailboxPoller mailbox,
			MailImportLog mails) {
		this.launcher = launcher;
		this.runs = runs;
		this.mailbox = mailbox;
		this.mails = mails;
	}

	@GetMapping("/imports")
	String imports(Model model) {
		List<FolderImportRun> recent = runs.recent(20);
		model.addAttribute("runs", recent);
		model.addAttribute("anyRunning", recent.stream().anyMatch(FolderImportRun::running));
		model.addAttribute("inbox", launcher.inbox());
		model.addAttribute("cron", launcher.cron());
		model.addAttribute("processed", launcher.targets().get(0));
		model.addAttribute("error", launcher.targets().get(1));
		model.addAttribute("mailEnabled", mailbox.isEnabled());
		model.addAttribute("mails", mails.recent());
		return "imports";
	}

	@PostMapping("/imports/folder")
	String startFolderImport(RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("startedRun", launcher.start().getId());
		}
		catch (Exception e) {
			log.error("Folder import could not start", e);
			redirect.addFlashAttribute("failure", e.getMessage());
		}
		return "redirect:/imports";
	}

	@PostMapping("/imports/mail")
	String pollMailbox(RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("mailResult", mailbox.poll());
		}
		catch (Exception e) {
			log.error("Mailbox could not be read", e);
			redirect.addFlashAttribute("failure", e.getMessage());
		}
		return "redirect:/imports";
	}
}
