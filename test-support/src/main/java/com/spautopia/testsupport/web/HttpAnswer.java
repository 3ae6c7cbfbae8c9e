package com.spautopia.testsupport.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An HTTP answer.
 *
 * @param status the status code
 * @param contentType the {@code Content-Type}, empty if none
 * @param body the body as text
 */
public record HttpAnswer(int status, String contentType, String body) {

	private static final ObjectMapper json = new ObjectMapper();

	/**
	 * Asserts that the request was refused for what it sent: a 4xx RFC 9457 problem
	 * detail ({@code application/problem+json} with the {@code status} and a
	 * {@code title}), and not for who sent it (401, 403) or how often (429).
	 */
	public void assertRefusedAsProblem() {
		assertClientErrorProblem();
		assertFalse(this.status == 401 || this.status == 403 || this.status == 429,
				() -> "Refused before validation: " + this);
	}

	/**
	 * Asserts that the answer is a 4xx RFC 9457 problem detail.
	 */
	public void assertClientErrorProblem() {
		assertTrue(this.status >= 400 && this.status < 500, () -> "Not a 4xx: " + this);
		assertTrue(this.contentType.startsWith("application/problem+json"), () -> "Not a problem detail: " + this);
		JsonNode problem;
		try {
			problem = json.readTree(this.body);
		}
		catch (Exception ex) {
			fail("Not JSON: " + this, ex);
			return;
		}
		assertEquals(this.status, problem.path("status").asInt(), () -> "Wrong status in " + this);
		assertFalse(problem.path("title").asText("").isBlank(), () -> "No title in " + this);
	}

	@Override
	public String toString() {
		String shown = (this.body.length() > 600) ? this.body.substring(0, 600) + "…" : this.body;
		return this.status + " " + this.contentType + " " + shown;
	}

}
