package de.kmuflow.platform.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The links a person sees ({@code ${@navigation.bar()}} in a template): only those the
 * {@link RoleMatrix} lets them open, so no link leads to a refusal.
 */
@Component("navigation")
public class Navigation {

	/** A link: where it goes, the message key of its text, and who may follow it (empty: everybody logged in). */
	public record Link(String path, String label, List<String> groups) {
	}

	private static final List<Link> BAR = List.of(
			page("/invoices", "nav.invoices"),
			page("/invoices/upload", "nav.upload"),
			page("/inventory", "nav.inventory"),
			page("/imports", "nav.imports"),
			page("/supplier-memory", "nav.memory"),
			page("/adoption", "nav.adoption"),
			webapp("tasklist", "nav.tasklist"),
			webapp("cockpit", "nav.cockpit"));

	private static final List<Link> TOOLS = List.of(
			webapp("tasklist", "home.tasklist"),
			webapp("cockpit", "home.cockpit"),
			page("/adoption", "home.adoption"),
			webapp("admin", "home.admin"),
			page("/engine-rest/process-definition", "home.api"),
			page("/actuator/health", "home.health"));

	/** The links of the bar at the top of every page. */
	public List<Link> bar() {
		return visible(BAR);
	}

	/** The tools of the start page. */
	public List<Link> tools() {
		return visible(TOOLS);
	}

	/** Whether the current user may open {@code path} (a page or API path). */
	public boolean mayOpen(String path) {
		return allowed(RoleMatrix.groupsFor(path).orElse(List.of()), groups());
	}

	private static List<Link> visible(List<Link> links) {
		Set<String> groups = groups();
		return links.stream().filter(link -> allowed(link.groups(), groups)).toList();
	}

	private static boolean allowed(List<String> needed, Set<String> groups) {
		return needed.isEmpty() || needed.stream().anyMatch(groups::contains);
	}

	private static Set<String> groups() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Set.of();
		}
		return authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.filter(name -> name.startsWith(CamundaUserAuthenticationProvider.GROUP_AUTHORITY_PREFIX))
			.map(name -> name.substring(CamundaUserAuthenticationProvider.GROUP_AUTHORITY_PREFIX.length()))
			.collect(Collectors.toSet());
	}

	private static Link page(String path, String label) {
		return new Link(path, label, RoleMatrix.groupsFor(path).orElse(List.of()));
	}

	private static Link webapp(String application, String label) {
		return new Link("/camunda/app/" + application + "/", label, RoleMatrix.webappGroups(application));
	}
}
