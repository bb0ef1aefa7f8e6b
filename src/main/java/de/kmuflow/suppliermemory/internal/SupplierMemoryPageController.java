package de.kmuflow.suppliermemory.internal;

import java.security.Principal;
import java.util.UUID;

import de.kmuflow.suppliermemory.internal.SupplierMemoryViews.SupplierView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where accounting sees what was learned per supplier and undoes it. */
@Controller
class SupplierMemoryPageController {

	private final SupplierMemoryService memory;

	SupplierMemoryPageController(SupplierMemoryService memory) {
		this.memory = memory;
	}

	@GetMapping("/supplier-memory")
	String page(Model model) {
		model.addAttribute("suppliers", memory.all().stream().map(SupplierView::of).toList());
		return "supplier-memory";
	}

	@PostMapping("/supplier-memory/{id}/forget")
	String forget(@PathVariable UUID id, Principal user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("forgotten", memory.forget(id, user.getName()));
		return "redirect:/supplier-memory";
	}

	@PostMapping("/supplier-memory/{id}/rules/{ruleId}/forget")
	String forgetRule(@PathVariable UUID id, @PathVariable UUID ruleId, Principal user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("forgotten", memory.forgetRule(id, ruleId, user.getName()));
		return "redirect:/supplier-memory#" + id;
	}
}
