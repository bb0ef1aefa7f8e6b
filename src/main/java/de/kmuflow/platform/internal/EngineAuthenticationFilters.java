package de.kmuflow.platform.internal;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs after Spring Security's filter chain and tells the engine who is logged in: for the REST
 * API under /engine-rest and for Tasklist, Cockpit and Admin under /camunda (single sign-on); and
 * ends the single session when a webapp logs out. Also keeps the webapps' page nonce per request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class EngineAuthenticationFilters {

	private static final String PROVIDER_PARAMETER = "authentication-provider";

	/** Spring Security's chain sits at -100; these must see its result. */
	private static final int AFTER_SPRING_SECURITY = 101;

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setName("kmuflow-engine-rest-authentication");
		registration.addInitParameter(PROVIDER_PARAMETER, SpringSecurityEngineAuthentication.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsAuthentication() {
		var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
		registration.setName("kmuflow-webapps-authentication");
		registration.addInitParameter(PROVIDER_PARAMETER, SpringSecurityEngineAuthentication.class.getName());
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

	@Bean
	FilterRegistrationBean<WebappLogoutFilter> webappsLogout() {
		var registration = new FilterRegistrationBean<>(new WebappLogoutFilter());
		registration.setName("kmuflow-webapps-logout");
		registration.addUrlPatterns(WebappLogoutFilter.URL_PATTERN);
		// wraps Camunda's own filters (CSRF check, logout): they are registered after these
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

	@Bean
	FilterRegistrationBean<WebappNonceFilter> webappsNoncePerRequest() {
		var registration = new FilterRegistrationBean<>(new WebappNonceFilter());
		registration.setName("kmuflow-webapps-nonce");
		registration.addUrlPatterns(WebappNonceFilter.URL_PATTERN);
		// before Camunda's header filter, which writes the nonce, and the page filter that reads it back
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}
}
