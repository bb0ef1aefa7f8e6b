package de.kmuflow.platform.internal;

import static org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY;
import static org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN;

import java.util.LinkedHashMap;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsUtils;

/**
 * Nothing answers without a login but the health check and the login page. Browsers log in with
 * a form (German by default) and keep a session; programs send HTTP Basic with every request and
 * get none. A request without a login gets 401 from the programming interfaces and the login page
 * everywhere else, whatever its method.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String REALM = "kmu-flow";

	/** kmu-flow's REST API, Camunda's REST API and the actuator: answered with 401, never a redirect. */
	static final RequestMatcher PROGRAM_INTERFACES = new OrRequestMatcher(path("/engine-rest/**"), path("/api/**"),
			path("/actuator/**"));

	/** The webapps' own API (Tasklist, Cockpit, Admin), guarded against forgery by Camunda's CSRF filter. */
	static final RequestMatcher WEBAPP_API = path("/camunda/api/**");

	private static final String CSRF_REFUSED = "Anfrage abgelehnt: das Sicherheits-Token (CSRF) fehlt oder ist"
			+ " ungültig. Bitte die Seite neu laden.";

	private static final String NOT_ALLOWED = "Dafür fehlt Ihnen die Berechtigung.";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		AuthenticationEntryPoint askForLogin = askForLogin();
		AccessDeniedHandler refuse = refuse(askForLogin);
		// an invoice's original and its readable view, shown in a frame on the invoice page
		RequestMatcher originals = new OrRequestMatcher(path("/api/invoices/*/document"), path("/invoices/*/original"),
				path("/invoices/*/xml"));
		http.authorizeHttpRequests(requests -> {
			// errors of any request are rendered, but /error itself is not a page to call
			requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
			requests.requestMatchers(RoleMatrix.OPEN.toArray(String[]::new)).permitAll();
			for (RoleMatrix.Rule rule : RoleMatrix.rules()) {
				String[] patterns = rule.patterns().toArray(String[]::new);
				String[] authorities = rule.groups().stream().map(SecurityConfiguration::group).toArray(String[]::new);
				(rule.method() == null ? requests.requestMatchers(patterns) : requests.requestMatchers(rule.method(), patterns))
					.hasAnyAuthority(authorities);
			}
			requests.anyRequest().authenticated();
		})
			.formLogin(form -> form.loginPage("/login").permitAll())
			.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(basicChallenge()))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(askForLogin).accessDeniedHandler(refuse))
			// only pages are worth returning to after the login; remembering API calls would open sessions
			.requestCache(cache -> cache.requestCache(pagesOnly()))
			// refused by the access-denied handler above
			.csrf(csrf -> csrf.ignoringRequestMatchers(WEBAPP_API, path("/camunda/app/**"), statelessBasic()))
			// over HTTPS (also behind a proxy that says so): browsers keep to HTTPS for a year;
			// nothing may be framed by other sites, an invoice's original only by kmu-flow's own invoice page
			.headers(headers -> headers
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.frameOptions(frame -> frame.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(originals, new XFrameOptionsHeaderWriter(SAMEORIGIN)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(originals),
						new XFrameOptionsHeaderWriter(DENY))));
		return http.build();
	}

	/** 401 with a Basic challenge for programs, 401 for the webapps' API, the login page for people. */
	private static AuthenticationEntryPoint askForLogin() {
		var byPath = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
		byPath.put(PROGRAM_INTERFACES, basicChallenge());
		byPath.put(WEBAPP_API, new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
		var entryPoint = new DelegatingAuthenticationEntryPoint(byPath);
		entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
		return entryPoint;
	}

	private static BasicAuthenticationEntryPoint basicChallenge() {
		var entryPoint = new BasicAuthenticationEntryPoint();
		entryPoint.setRealmName(REALM);
		return entryPoint;
	}

	/**
	 * A program's request: HTTP Basic credentials, no session, and not sent by a page of another site.
	 * It carries its own proof of who sends it, so it needs no CSRF token. A session cookie makes a
	 * request a browser's, and browsers send cookies (and remembered Basic credentials) on their own.
	 */
	static RequestMatcher statelessBasic() {
		return request -> {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
					&& request.getRequestedSessionId() == null && !CorsUtils.isCorsRequest(request);
		};
	}

	/**
	 * A refusal in German. Without a login the answer is "log in" (401 or the login page): the CSRF
	 * check runs before the login is looked at, and must not hide that one is missing.
	 */
	private static AccessDeniedHandler refuse(AuthenticationEntryPoint askForLogin) {
		AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
		return (request, response, refusal) -> {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || trust.isAnonymous(authentication)) {
				askForLogin.commence(request, response,
						new InsufficientAuthenticationException("Anmeldung erforderlich", refusal));
			}
			else {
				response.sendError(HttpStatus.FORBIDDEN.value(),
						refusal instanceof CsrfException ? CSRF_REFUSED : NOT_ALLOWED);
			}
		};
	}

	private static HttpSessionRequestCache pagesOnly() {
		var cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET,
				"/**"), new NegatedRequestMatcher(new OrRequestMatcher(PROGRAM_INTERFACES, WEBAPP_API))));
		return cache;
	}

	private static String group(String id) {
		return CamundaUserAuthenticationProvider.GROUP_AUTHORITY_PREFIX + id;
	}

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}
}
