package de.kmuflow.platform.internal;

import java.security.Principal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page with the way to every tool, and the login page. */
@Controller
class PagesController {

	@GetMapping("/")
	String home(Authentication authentication, Model model) {
		model.addAttribute("user", authentication.getName());
		model.addAttribute("groups", authentication.getAuthorities().stream()
			.map(authority -> authority.getAuthority())
			.filter(name -> name.startsWith(CamundaUserAuthenticationProvider.GROUP_AUTHORITY_PREFIX))
			.map(name -> name.substring(CamundaUserAuthenticationProvider.GROUP_AUTHORITY_PREFIX.length()))
			.sorted()
			.toList());
		return "home";
	}

	@GetMapping("/login")
	String login(Principal principal) {
		return principal == null ? "login" : "redirect:/";
	}
}
