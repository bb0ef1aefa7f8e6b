package de.kmuflow.platform.internal;

import static de.kmuflow.platform.Groups.ACCOUNTING;
import static de.kmuflow.platform.Groups.ADMIN;
import static de.kmuflow.platform.Groups.MANAGEMENT;
import static de.kmuflow.platform.Groups.OPS;
import static de.kmuflow.platform.Groups.PURCHASING;
import static de.kmuflow.platform.Groups.WAREHOUSE;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may open which of kmu-flow's pages and API paths: the one list the security rules are made
 * from and the navigation asks, so a person sees exactly the links they may follow. The first
 * rule that matches a request decides; paths no rule names are open to every logged-in user.
 * Camunda's webapps are opened by the groups the {@link PermissionMatrix} gives access to them.
 */
final class RoleMatrix {

	/** Who uploads invoices: everybody who buys or books. */
	private static final List<String> UPLOADERS = List.of(ACCOUNTING, MANAGEMENT, PURCHASING, ADMIN);
	private static final List<String> BOOKKEEPING = List.of(ACCOUNTING, MANAGEMENT, ADMIN);
	private static final List<String> MASTER_DATA = List.of(PURCHASING, ADMIN);

	/**
	 * A rule: requests with {@code method} (null: any) on one of {@code patterns} are for
	 * {@code groups}.
	 */
	record Rule(HttpMethod method, List<String> patterns, List<String> groups) {

		boolean matches(HttpMethod requested, String path) {
			return (method == null || method.equals(requested)) && patterns.stream()
				.anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path)));
		}
	}

	/** What answers without a login: the health check, the login page and the pages' styles and scripts. */
	static final List<String> OPEN = List.of("/actuator/health", "/actuator/health/**", "/login", "/css/**", "/js/**",
			"/favicon.ico");

	private RoleMatrix() {
	}

	static List<Rule> rules() {
		return List.of(
				// invoices are uploaded by the people who buy or book, and checked, approved, booked by bookkeeping
				new Rule(HttpMethod.POST, List.of("/api/invoices"), UPLOADERS),
				new Rule(null, List.of("/invoices/upload"), UPLOADERS),
				new Rule(null, List.of("/api/invoices/**", "/invoices", "/invoices/**", "/api/exports/**"), BOOKKEEPING),
				// what was learned from corrections per supplier: seen and undone by the accountants who correct
				new Rule(null, List.of("/supplier-memory", "/supplier-memory/**", "/api/supplier-memory",
						"/api/supplier-memory/**"), List.of(ACCOUNTING, ADMIN)),
				// an item's master data (price, supplier, reorder figures) is purchasing's
				new Rule(HttpMethod.POST, List.of("/api/inventory/items"), MASTER_DATA),
				new Rule(HttpMethod.PUT, List.of("/api/inventory/items/**"), MASTER_DATA),
				new Rule(HttpMethod.POST, List.of("/inventory/items", "/inventory/items/**"), MASTER_DATA),
				new Rule(null, List.of("/api/inventory/**", "/inventory", "/inventory/**"),
						List.of(PURCHASING, WAREHOUSE, MANAGEMENT, ADMIN)),
				// the folder and mailbox imports are run and watched by bookkeeping
				new Rule(null, List.of("/imports", "/imports/**", "/api/imports/**"), BOOKKEEPING),
				// the trend-adoption dashboard, its figures and the cyber self-check are for management
				new Rule(null, List.of("/adoption", "/adoption/**", "/api/adoption/**"), List.of(MANAGEMENT, ADMIN)),
				new Rule(null, List.of("/actuator/**"), List.of(OPS, ADMIN)));
	}

	/** The groups that may GET {@code path}; empty when every logged-in user may. */
	static Optional<List<String>> groupsFor(String path) {
		String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		if (new Rule(null, OPEN, List.of()).matches(HttpMethod.GET, withoutQuery)) {
			return Optional.empty();
		}
		return rules().stream()
			.filter(rule -> rule.matches(HttpMethod.GET, withoutQuery))
			.findFirst()
			.map(Rule::groups);
	}

	/** The groups Camunda lets open one of its webapps ({@code tasklist}, {@code cockpit}, {@code admin}). */
	static List<String> webappGroups(String application) {
		return PermissionMatrix.grants().stream()
			.filter(grant -> grant.resource() == Resources.APPLICATION)
			.filter(grant -> grant.resourceId().equals(application) || grant.resourceId().equals("*"))
			.filter(grant -> grant.permissions().contains(Permissions.ACCESS) || grant.permissions().contains(Permissions.ALL))
			.map(PermissionMatrix.Grant::group)
			.distinct()
			.toList();
	}
}
