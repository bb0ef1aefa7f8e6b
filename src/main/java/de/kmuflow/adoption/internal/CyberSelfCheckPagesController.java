package de.kmuflow.adoption.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import de.kmuflow.adoption.CyberSelfCheckProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cyber self-checks for management: every check with its traffic light over time, a new check
 * started by hand (its questionnaire waits in Tasklist), and a check's report, where each open
 * requirement becomes a measure of the Cybersicherheit trend with one click.
 */
@Controller
class CyberSelfCheckPagesController {

	private final CyberSelfChecks checks;
	private final RuntimeService runtime;

	CyberSelfCheckPagesController(CyberSelfChecks checks, RuntimeService runtime) {
		this.checks = checks;
		this.runtime = runtime;
	}

	@GetMapping("/adoption/cyber-checks")
	String list(Model model) {
		List<CyberSelfChecks.Summary> newestFirst = new ArrayList<>(checks.history());
		Collections.reverse(newestFirst);
		model.addAttribute("checks", newestFirst);
		model.addAttribute("running", runtime.createProcessInstanceQuery()
			.processDefinitionKey(CyberSelfCheckProcess.KEY).active().count());
		return "adoption-cyber-checks";
	}

	/** Started by kmu-flow for the manager, so no engine right to start processes is needed for it. */
	@PostMapping("/adoption/cyber-checks")
	String start(Principal user, RedirectAttributes redirect) {
		// the model's start event for a check by hand (the other is the yearly timer)
		runtime.startProcessInstanceByMessage(CyberSelfCheckProcess.REQUESTED);
		redirect.addFlashAttribute("started", true);
		return "redirect:/adoption/cyber-checks";
	}

	@GetMapping("/adoption/cyber-checks/{id}")
	String report(@PathVariable long id, Model model) {
		model.addAttribute("report", checks.report(id));
		return "adoption-cyber-check";
	}

	@PostMapping("/adoption/cyber-checks/{id}/measures")
	String adopt(@PathVariable long id, @RequestParam String requirement, @RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate targetDate,
			Principal user, RedirectAttributes redirect) {
		try {
			var measure = checks.adopt(id, requirement, owner, targetDate, user.getName());
			redirect.addFlashAttribute("adopted", measure.id());
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/adoption/cyber-checks/" + id;
	}
}
