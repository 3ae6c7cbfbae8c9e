package com.spautopia.security;

import java.net.URI;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the errors that never reach a service's exception handlers as RFC 9457 problem
 * details too, in place of Spring Boot's own error body: those the servlet container
 * raises itself (a query or form it cannot decode) and those of filters. Only the status
 * is told: the container's message may name internals.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
		problem.setType(URI.create(SecurityProblems.TYPE_BASE + (status.is4xxClientError() ? "bad-request" : "error")));
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path instanceof String uri) {
			problem.setInstance(URI.create(uri.replaceAll("[^A-Za-z0-9/._~-]", "")));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String detail(HttpStatus status) {
		if (status == HttpStatus.NOT_FOUND) {
			return "There is nothing at this address.";
		}
		return status.is4xxClientError() ? "The request is malformed and cannot be read."
				: "The service failed to answer this request.";
	}

}
