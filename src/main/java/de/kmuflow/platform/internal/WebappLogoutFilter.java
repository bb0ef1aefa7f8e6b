package de.kmuflow.platform.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist, Cockpit and Admin log out with {@code POST /camunda/api/admin/auth/user/{engine}/logout},
 * which only drops the webapps' own record of the user; the next request would bring the user back
 * from the login session. Once Camunda has accepted the logout (its CSRF check included), the one
 * session of kmu-flow ends too, so every page asks for the login again.
 */
class WebappLogoutFilter extends OncePerRequestFilter {

	static final String URL_PATTERN = "/camunda/api/admin/auth/user/*";

	private final SecurityContextLogoutHandler endSession = new SecurityContextLogoutHandler();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/logout");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if (response.getStatus() < 300) {
			endSession.logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		}
	}
}
