package de.kmuflow.platform.internal;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page with the way to every tool, greeting the user by first name and naming their groups
 * as people call them ("Buchhaltung", not "accounting"); and the login page.
 */
@Controller
class PagesController {

	private final IdentityService identity;
	private final MessageSource messages;

	PagesController(IdentityService identity, MessageSource messages) {
		this.identity = identity;
		this.messages = messages;
	}

	@GetMapping("/")
	String home(Authentication authentication, Locale locale, Model model) {
		User user = identity.createUserQuery().userId(authentication.getName()).singleResult();
		model.addAttribute("user", user == null || user.getFirstName() == null || user.getFirstName().isBlank()
				? authentication.getName() : user.getFirstName());
		Map<String, String> names = identity.createGroupQuery().groupMember(authentication.getName()).list().stream()
			.collect(Collectors.toMap(Group::getId, group -> group.getName() == null ? group.getId() : group.getName()));
		model.addAttribute("groups", authentication.getAuthorities().stream()
			.map(authority -> authority.getAuthority())
			.filter(name -> name.startsWith(CamundaUserAuthenticationProvider.GROUP_AUTHORITY_PREFIX))
			.map(name -> name.substring(CamundaUserAuthenticationProvider.GROUP_AUTHORITY_PREFIX.length()))
			.map(id -> messages.getMessage("group." + id, null, names.getOrDefault(id, id), locale))
			.sorted()
			.toList());
		return "home";
	}

	@GetMapping("/login")
	String login(Principal principal) {
		return principal == null ? "login" : "redirect:/";
	}
}
