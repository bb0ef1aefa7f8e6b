package de.kmuflow.platform.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the user Spring Security has logged in (form login or HTTP Basic) to the engine, so the
 * REST API and the webapps check the same person's groups against Camunda's authorizations.
 * Public with a no-argument constructor: Camunda's filters create it by class name.
 */
public class SpringSecurityEngineAuthentication extends ContainerBasedAuthenticationProvider {

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return AuthenticationResult.unsuccessful();
		}
		String userId = authentication.getName();
		AuthenticationResult result = AuthenticationResult.successful(userId);
		List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
			.map(group -> group.getId())
			.toList();
		result.setGroups(groups);
		return result;
	}

	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
		response.setHeader("WWW-Authenticate", "Basic realm=\"kmu-flow\"");
	}
}
