package de.kmuflow.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.kmuflow.platform.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Each demo user logs in as a browser does: every link the pages show them opens, every page
 * they may not open is missing from their links and answers with a German page (not Spring's
 * Whitelabel page), as do unknown addresses and errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NavigationMatchesRolesTest {

	private static final List<String> USERS = List.of("demo", "clara", "martin", "paula", "lars", "otto");
	/** kmu-flow's own pages that some link leads to. */
	private static final List<String> PAGES = List.of("/invoices", "/invoices/upload", "/inventory", "/imports",
			"/supplier-memory", "/adoption");
	private static final List<String> WEBAPPS = List.of("tasklist", "cockpit", "admin");
	private static final Pattern NAV = Pattern.compile("<nav>(.*?)</nav>", Pattern.DOTALL);
	private static final Pattern TOOLS = Pattern.compile("<ul class=\"tools\">(.*?)</ul>", Pattern.DOTALL);
	private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void everyUserSeesExactlyTheLinksTheyMayOpen() {
		for (String user : USERS) {
			WebClient web = new WebClient(port);
			web.logIn(user, user);
			HttpResponse<String> home = web.browse("/");
			assertThat(home.statusCode()).as(user).isEqualTo(200);
			Set<String> links = links(home.body());

			for (String link : links) {
				assertThat(open(web, link).statusCode()).as("%s follows %s", user, link).isEqualTo(200);
			}
			for (String page : PAGES) {
				if (!links.contains(page)) {
					HttpResponse<String> refused = web.browse(page);
					assertThat(refused.statusCode()).as("%s opens %s, which is not among their links", user, page)
						.isEqualTo(403);
					assertGermanErrorPage(refused, "Keine Berechtigung");
				}
			}
			// Camunda's webapps: linked exactly when Camunda lets the user in
			HttpResponse<String> apps = web.get("/camunda/api/admin/auth/user/default");
			for (String app : WEBAPPS) {
				boolean linked = links.contains("/camunda/app/" + app + "/");
				boolean authorized = apps.statusCode() == 200 && apps.body().contains("\"" + app + "\"");
				assertThat(linked).as("%s: link to %s", user, app).isEqualTo(authorized);
			}
		}
	}

	@Test
	void theAdministratorSeesEveryPage() {
		WebClient web = new WebClient(port);
		web.logIn("demo", "demo");
		assertThat(links(web.browse("/").body())).containsAll(PAGES);
	}

	@Test
	void aForbiddenPageIsGermanAndEnglishOnRequest() {
		WebClient web = new WebClient(port);
		web.logIn("lars", "lars");
		HttpResponse<String> german = web.browse("/invoices");
		assertThat(german.statusCode()).isEqualTo(403);
		assertGermanErrorPage(german, "Keine Berechtigung");
		// the error page carries the user's own links, not the forbidden ones
		assertThat(links(german.body())).contains("/inventory").doesNotContain("/invoices");

		HttpResponse<String> english = web.browse("/imports?lang=en");
		assertThat(english.statusCode()).isEqualTo(403);
		assertThat(english.body()).contains("Not allowed").doesNotContain("Keine Berechtigung");
	}

	@Test
	void unknownAddressesAndErrorsGetAGermanPage() {
		WebClient web = new WebClient(port);
		web.logIn("clara", "clara");
		HttpResponse<String> missing = web.browse("/gibt-es-nicht");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertGermanErrorPage(missing, "Seite nicht gefunden");

		// the error page itself, called without an error, answers as a failure of the system
		HttpResponse<String> error = web.browse("/error");
		assertThat(error.statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(error.body()).doesNotContain("Whitelabel").contains("<html lang=\"de\"");
	}

	private static void assertGermanErrorPage(HttpResponse<String> page, String title) {
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains(title).contains("Zur Startseite").doesNotContain("Whitelabel")
			.doesNotContain("There was an unexpected error");
	}

	/** The links of the bar and of the start page's tools, without the language switch. */
	private static Set<String> links(String html) {
		Set<String> links = new LinkedHashSet<>();
		for (Pattern part : List.of(NAV, TOOLS)) {
			Matcher section = part.matcher(html);
			while (section.find()) {
				Matcher href = HREF.matcher(section.group(1));
				while (href.find()) {
					String link = href.group(1);
					if (!link.contains("lang=")) {
						links.add(link);
					}
				}
			}
		}
		return links;
	}

	/** Opens a link as a browser does, following the redirects of Camunda's webapps within the application. */
	private static HttpResponse<String> open(WebClient web, String link) {
		HttpResponse<String> answer = web.browse(link);
		for (int hops = 0; hops < 3 && answer.statusCode() / 100 == 3; hops++) {
			String location = answer.headers().firstValue("Location").orElseThrow();
			answer = web.browse(location.replaceFirst("^https?://[^/]+", ""));
		}
		return answer;
	}
}
