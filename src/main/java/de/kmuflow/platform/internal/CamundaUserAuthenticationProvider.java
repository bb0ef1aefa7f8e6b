package de.kmuflow.platform.internal;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks logins against Camunda's identity service, so one account serves Tasklist, Cockpit,
 * the REST API and kmu-flow's own pages. The engine's own lock-out after failed attempts applies.
 */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

	static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

	private final IdentityService identityService;

	CamundaUserAuthenticationProvider(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || userId.isBlank() || credentials == null
				|| !identityService.checkPassword(userId, credentials.toString())) {
			throw new BadCredentialsException("Benutzername oder Passwort falsch / wrong user name or password");
		}
		List<GrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
			.map(Group::getId)
			.<GrantedAuthority>map(id -> new SimpleGrantedAuthority(GROUP_AUTHORITY_PREFIX + id))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
