package de.kmuflow.platform.internal;

import static org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the Content-Security-Policy nonce of Tasklist, Cockpit and Admin per request. Camunda puts
 * the nonce it writes into the header in a servlet context attribute and reads it back when it
 * writes the page, so two requests at once swap nonces: the browser then refuses the page's
 * scripts and the webapp never gets past its loading spinner. Here each request keeps the nonce
 * to itself.
 */
class WebappNonceFilter extends OncePerRequestFilter {

	static final String URL_PATTERN = "/camunda/*";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ServletContext perRequest = withOwnNonce(request.getServletContext());
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public ServletContext getServletContext() {
				return perRequest;
			}
		}, response);
	}

	/** The application's servlet context, but with the nonce attribute held by this request alone. */
	private static ServletContext withOwnNonce(ServletContext shared) {
		Object[] nonce = new Object[1];
		return (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
				new Class<?>[] { ServletContext.class }, (proxy, method, args) -> {
					if (args != null && args.length > 0 && ATTR_CSP_FILTER_NONCE.equals(args[0])) {
						switch (method.getName()) {
							case "getAttribute":
								return nonce[0];
							case "setAttribute":
								nonce[0] = args[1];
								return null;
							case "removeAttribute":
								nonce[0] = null;
								return null;
							default:
								break;
						}
					}
					try {
						return method.invoke(shared, args);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}
}
