package com.spautopia.security;

import java.net.URI;
import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Too many requests: a 429 problem with a {@code Retry-After} header in seconds.
 */
public class RateLimitExceededException extends ErrorResponseException {

	private final HttpHeaders headers = new HttpHeaders();

	RateLimitExceededException(String subject, Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(subject, seconds(retryAfter)), null);
		this.headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)));
	}

	@Override
	public HttpHeaders getHeaders() {
		return this.headers;
	}

	private static long seconds(Duration retryAfter) {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}

	private static ProblemDetail problem(String subject, long seconds) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests from this " + subject + ": try again in " + seconds + " s.");
		problem.setType(URI.create(SecurityProblems.TYPE_BASE + "rate-limited"));
		problem.setProperty("retryAfterSeconds", seconds);
		return problem;
	}

}
