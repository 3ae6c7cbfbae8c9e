package com.spautopia.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers what the security filters refuse (401, 403, 413, 429) as RFC 9457 problem
 * details, written by the service's own Spring MVC exception handling so that they look
 * like every other error of the service.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String TYPE_BASE = "https://spautopia.com/problems/";

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final HandlerExceptionResolver resolver;

	SecurityProblems(HandlerExceptionResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		// sets the status and the WWW-Authenticate header RFC 6750 asks for
		this.bearer.commence(request, response, exception);
		String detail = (exception instanceof OAuth2AuthenticationException refused)
				? "The access token was refused: " + description(refused) + "."
				: "This endpoint needs an access token: send it as 'Authorization: Bearer <token>'.";
		answer(request, response, exception(HttpStatus.UNAUTHORIZED, "unauthorized", detail));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		answer(request, response,
				exception(HttpStatus.FORBIDDEN, "forbidden", "Your account may not do this: it needs another role."));
	}

	void answer(HttpServletRequest request, HttpServletResponse response, ErrorResponseException problem)
			throws IOException {
		problem.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		if (this.resolver.resolveException(request, response, null, problem) == null) {
			response.sendError(problem.getStatusCode().value(), problem.getBody().getDetail());
		}
	}

	static ErrorResponseException exception(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		return new ErrorResponseException(status, problem, null);
	}

	private static String description(OAuth2AuthenticationException exception) {
		String description = exception.getError().getDescription();
		return (description != null) ? description : exception.getError().getErrorCode();
	}

}
