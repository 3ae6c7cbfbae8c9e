package com.spautopia.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request before any work is done for it: a body larger than the limit (413),
 * or one request too many from a client address on a rate-limited endpoint (429). It runs
 * after the security headers and CORS filters, so its answers carry their headers (a page
 * of another origin then reads the 429 instead of seeing a CORS error).
 */
final class GuardFilter extends OncePerRequestFilter {

	private final long maxRequestBytes;

	private final List<RequestMatcher> rateLimited;

	private final RateLimiter limiter;

	private final ClientAddresses clients;

	private final SecurityProblems problems;

	GuardFilter(long maxRequestBytes, EndpointAccess access, RateLimiter limiter, ClientAddresses clients,
			SecurityProblems problems) {
		this.maxRequestBytes = maxRequestBytes;
		PathPatternRequestMatcher.Builder matchers = PathPatternRequestMatcher.withDefaults();
		this.rateLimited = access.endpoints()
			.stream()
			.filter(Endpoint::rateLimited)
			.map((endpoint) -> (RequestMatcher) matchers.matcher(endpoint.method(), endpoint.pattern()))
			.toList();
		this.limiter = limiter;
		this.clients = clients;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			if (request.getContentLengthLong() > this.maxRequestBytes) {
				throw SecurityProblems.exception(HttpStatus.CONTENT_TOO_LARGE, "request-too-large",
						"The request body is larger than " + this.maxRequestBytes + " bytes.");
			}
			if (this.rateLimited.stream().anyMatch((matcher) -> matcher.matches(request))) {
				this.limiter.checkAddress(this.clients.of(request));
			}
		}
		catch (ErrorResponseException refused) {
			this.problems.answer(request, response, refused);
			return;
		}
		chain.doFilter(new BoundedBodyRequest(request, this.maxRequestBytes), response);
	}

}
