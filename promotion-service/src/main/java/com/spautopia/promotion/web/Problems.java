package com.spautopia.promotion.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problem details for the errors of this service's API.
 */
public final class Problems {

	private static final String TYPE_BASE = "https://spautopia.com/problems/";

	private Problems() {
	}

	/**
	 * A problem with one request field.
	 * @param status the HTTP status
	 * @param type a short slug for the problem type
	 * @param field the field at fault
	 * @param message what is wrong with it
	 * @return the exception carrying the problem
	 */
	public static ErrorResponseException field(HttpStatus status, String type, String field, String message) {
		ProblemDetail problem = problem(status, type, message);
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return new ErrorResponseException(status, problem, null);
	}

	public static ErrorResponseException of(HttpStatus status, String type, String detail) {
		return new ErrorResponseException(status, problem(status, type, detail), null);
	}

	public static ErrorResponseException notFound(String what, String id) {
		return of(HttpStatus.NOT_FOUND, "not-found", what + " " + id + " does not exist.");
	}

	static ProblemDetail problem(HttpStatus status, String type, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		return problem;
	}

}
