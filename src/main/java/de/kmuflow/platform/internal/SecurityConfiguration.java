package de.kmuflow.platform.internal;

import static org.springframework.security.config.Customizer.withDefaults;
import static org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY;
import static org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import de.kmuflow.platform.Groups;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Nothing answers without a login but the health check and the login page. Browsers log in with
 * a form (German by default), programs with HTTP Basic; both check Camunda's users.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	static final String REALM = "kmu-flow";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		RequestMatcher programInterfaces = new OrRequestMatcher(path("/engine-rest/**"),
				path("/api/**"), path("/actuator/**"));
		// A request that carries its own credentials cannot be forged by another site.
		RequestMatcher carriesCredentials = new RequestHeaderRequestMatcher(HttpHeaders.AUTHORIZATION);
		// an invoice's original and its readable view, shown in a frame on the invoice page
		RequestMatcher originals = new OrRequestMatcher(path("/api/invoices/*/document"), path("/invoices/*/original"),
				path("/invoices/*/xml"));
		var basicEntryPoint = new BasicAuthenticationEntryPoint();
		basicEntryPoint.setRealmName(REALM);

		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/error", "/css/**", "/js/**",
					"/favicon.ico")
			.permitAll()
			// invoices are for the people who check, approve and book them
			.requestMatchers(HttpMethod.POST, "/api/invoices")
			.hasAnyAuthority(group(Groups.ACCOUNTING), group(Groups.MANAGEMENT), group(Groups.PURCHASING),
					group(Groups.ADMIN))
			.requestMatchers("/api/invoices/**", "/invoices/**", "/api/exports/**")
			.hasAnyAuthority(group(Groups.ACCOUNTING), group(Groups.MANAGEMENT), group(Groups.ADMIN))
			.requestMatchers("/api/inventory/**", "/inventory/**")
			.hasAnyAuthority(group(Groups.PURCHASING), group(Groups.WAREHOUSE), group(Groups.MANAGEMENT),
					group(Groups.ADMIN))
			// the folder and mailbox imports are run and watched by the same people
			.requestMatchers("/imports/**", "/imports", "/api/imports/**")
			.hasAnyAuthority(group(Groups.ACCOUNTING), group(Groups.MANAGEMENT), group(Groups.ADMIN))
			// the trend-adoption dashboard and its figures are for management
			.requestMatchers("/adoption/**", "/api/adoption/**")
			.hasAnyAuthority(group(Groups.MANAGEMENT), group(Groups.ADMIN))
			.requestMatchers("/actuator/**")
			.hasAnyAuthority(group(Groups.OPS), group(Groups.ADMIN))
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(basicEntryPoint))
			.logout(withDefaults())
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(basicEntryPoint,
					programInterfaces))
			// nothing may be framed by other sites; an invoice's original only by kmu-flow's own invoice page
			.headers(headers -> headers.frameOptions(frame -> frame.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(originals, new XFrameOptionsHeaderWriter(SAMEORIGIN)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(originals),
						new XFrameOptionsHeaderWriter(DENY))))
			// Camunda's webapps bring their own CSRF protection for /camunda/api.
			.csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**"), carriesCredentials));
		return http.build();
	}

	private static String group(String id) {
		return CamundaUserAuthenticationProvider.GROUP_AUTHORITY_PREFIX + id;
	}

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}
}
